package com.parkreview.app.review;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database's history stood when a sheet was made, as the sheet's QR code carries it after
 * the verification code: the newest entry's number and the start of its hash, and the start of the
 * hash of the database's first entry, which tells one database's history from another's (an
 * expert's laptop has its own). Read back from a scanned code, it lets {@code verify-sheet} tell a
 * database cut back or replaced by an older copy even when the sheet's own record went with it.
 */
public record HistoryStamp(long seq, String hashStart, String firstHashStart) {

    private static final int HASH_CHARS = 12;
    private static final int FIRST_CHARS = 8;
    /** The text form, read in lower case (the QR code writes it in capitals). */
    private static final Pattern TEXT = Pattern.compile(
            "h([1-9][0-9]{0,17})\\.([0-9a-f]{" + HASH_CHARS + "})\\.([0-9a-f]{" + FIRST_CHARS + "})");

    public HistoryStamp {
        if (seq < 1 || !TEXT.matcher("h" + seq + "." + hashStart + "." + firstHashStart).matches()) {
            throw new IllegalArgumentException("not a history stamp: " + seq + " " + hashStart + " " + firstHashStart);
        }
    }

    /** The stamp of a history whose newest entry is {@code head} and whose first entry's hash is {@code firstHash}. */
    public static HistoryStamp of(HistoryHead head, String firstHash) {
        return new HistoryStamp(head.seq(), head.hash().substring(0, HASH_CHARS), firstHash.substring(0, FIRST_CHARS));
    }

    /** The stamp as the QR code carries it: {@code H<seq>.<hash>.<first>}. */
    public String text() {
        return "H" + seq + "." + hashStart + "." + firstHashStart;
    }

    public static Optional<HistoryStamp> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(new HistoryStamp(Long.parseLong(m.group(1)), m.group(2), m.group(3)))
                : Optional.empty();
    }

    /** Whether the stamp was made by the history of this database (its first entry is the same). */
    public boolean sameHistory(HistoryRepository history) {
        return history.hashOf(1).filter(hash -> hash.startsWith(firstHashStart)).isPresent();
    }

    /** Whether this database's history still holds the entry the stamp names. */
    public boolean heldBy(HistoryRepository history) {
        return history.hashOf(seq).filter(hash -> hash.startsWith(hashStart)).isPresent();
    }
}
