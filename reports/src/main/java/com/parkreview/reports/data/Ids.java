package com.parkreview.reports.data;

import java.util.regex.Pattern;

/**
 * Applicant and expert ids as the sheets and their verification codes use them: letters, digits,
 * {@code _} and {@code -}, so that an id can stand in a canonical key ({@code score.E1.1.1}).
 */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {
    }

    static String require(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id must be 1–64 letters, digits, _ or -: " + id);
        }
        return id;
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }
}
