package com.parkreview.app.review;

import java.util.regex.Pattern;

/**
 * An entry of a database's history, by its sequence number and hash: where the history stood when
 * a kit was issued or a score file exported. Carried in those files, it lets the receiving side
 * tell when a database no longer holds the history it once had (cut back or replaced).
 */
public record HistoryHead(long seq, String hash) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public HistoryHead {
        if (seq < 1 || hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a history entry: " + seq + " " + hash);
        }
    }

    /** Whether the text is a hash as the history writes one. */
    public static boolean validHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }
}
