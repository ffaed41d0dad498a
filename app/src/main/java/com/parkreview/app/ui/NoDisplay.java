package com.parkreview.app.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the window cannot open for want of a display: on Linux and the other X11 systems, a
 * session with neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} (over SSH, a text console). The
 * window then failed after some 25 seconds with "something went wrong that ParkReview did not
 * expect" and JavaFX's exception in the log (a tester's round 20); it is said in words instead,
 * with what works without one. Windows and macOS always have one; the tests' Monocle needs none.
 */
final class NoDisplay {

    private NoDisplay() {
    }

    static boolean here() {
        return of(System.getProperty("os.name", ""), System.getProperty("glass.platform", ""), System.getenv());
    }

    static boolean of(String os, String glassPlatform, Map<String, String> environment) {
        String system = os.toLowerCase(Locale.ROOT);
        if (system.startsWith("windows") || system.startsWith("mac") || glassPlatform.equalsIgnoreCase("Monocle")) {
            return false;
        }
        return blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
