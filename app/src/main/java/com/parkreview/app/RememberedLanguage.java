package com.parkreview.app;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The language ParkReview speaks when a run does not choose one: the one chosen last in the window,
 * Simplified Chinese until then — for the window and the command line alike (a tester's round 14
 * had the window in Chinese and every command in English on the same machine, whose system
 * language was the C locale of a server or WSL box).
 */
public final class RememberedLanguage {

    /** Where the client's settings are kept for the user. */
    public static final String NODE = "com/parkreview/client";
    private static final String KEY = "language";

    private RememberedLanguage() {
    }

    /** The user's: Simplified Chinese unless English was chosen. */
    public static Locale forUser() {
        return of(Preferences.userRoot().node(NODE));
    }

    public static Locale of(Preferences preferences) {
        return "en".equals(preferences.get(KEY, "zh")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static void set(Preferences preferences, Locale locale) {
        preferences.put(KEY, locale.getLanguage().equals("en") ? "en" : "zh");
    }
}
