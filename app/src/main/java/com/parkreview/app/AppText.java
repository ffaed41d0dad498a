package com.parkreview.app;

import com.parkreview.scoring.LocalizedText;
import java.util.List;

/** Sentences of the application's own bundle ({@code com/parkreview/app/messages*.properties}). */
public final class AppText {

    public static final String BUNDLE = "com.parkreview.app.messages";

    private AppText() {
    }

    public static LocalizedText of(String key, Object... args) {
        return LocalizedText.inBundle(BUNDLE, key, args);
    }

    /**
     * Things named in a sentence, joined the way its language joins them ("申报书、财务证明材料",
     * "application form, financial statements"); "—" when there are none.
     */
    public static LocalizedText list(List<LocalizedText> items) {
        if (items.isEmpty()) {
            return of("list.none");
        }
        LocalizedText joined = items.get(0);
        for (LocalizedText next : items.subList(1, items.size())) {
            joined = of("list.join", joined, next);
        }
        return joined;
    }
}
