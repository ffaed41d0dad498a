package com.parkreview.app.persistence.dump;

/** A value from a file as a message shows it: control characters as U+XXXX, at most 60 characters. */
public final class Shown {

    private static final int LIMIT = 60;

    private Shown() {
    }

    public static String value(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < LIMIT; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                out.append(String.format("U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return value.length() > LIMIT ? out + "…" : out.toString();
    }
}
