package com.parkreview.app;

import com.parkreview.scoring.LocalizedText;

/** Sentences of the application's own bundle ({@code com/parkreview/app/messages*.properties}). */
public final class AppText {

    public static final String BUNDLE = "com.parkreview.app.messages";

    private AppText() {
    }

    public static LocalizedText of(String key, Object... args) {
        return LocalizedText.inBundle(BUNDLE, key, args);
    }
}
