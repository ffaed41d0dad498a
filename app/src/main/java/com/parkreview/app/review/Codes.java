package com.parkreview.app.review;

import java.util.regex.Pattern;

/** The short codes applicants and experts are known by in files and commands (A01, E1). */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private Codes() {
    }

    /** Whether the text (surrounding spaces aside) is a code: 1 to 20 letters, digits, - or _. */
    static boolean valid(String code) {
        return code != null && CODE.matcher(code.strip()).matches();
    }
}
