package com.parkreview.reports.data;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What every sheet of a defense session (答辩评审) prints at its head: the session's name, the
 * citation of the programme's rules (the session's own setting, {@code ProgrammeSettings.citation()}),
 * the year, the date and venue, and the session's round (第几轮评审). The stamp, when there is one,
 * is where the application's records stood when the sheet was made (letters, digits and dots, at
 * most {@value #STAMP_LENGTH}): it travels in the sheet's QR code after the verification code, and is
 * not part of the sheet's content (the same data printed later has the same code).
 */
public record SessionHeader(String sessionName, String citation, int year, LocalDate date, String venue,
        int round, String stamp) {

    public static final int STAMP_LENGTH = 48;
    private static final Pattern STAMP = Pattern.compile("[0-9A-Za-z.]{0," + STAMP_LENGTH + "}");

    /** A head with no stamp. */
    public SessionHeader(String sessionName, String citation, int year, LocalDate date, String venue, int round) {
        this(sessionName, citation, year, date, venue, round, "");
    }

    public SessionHeader {
        Ids.requireText(sessionName, "session name");
        Ids.requireText(citation, "citation");
        if (date == null) {
            throw new IllegalArgumentException("session date is required");
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        venue = venue == null ? "" : venue;
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more: " + round);
        }
        stamp = stamp == null ? "" : stamp;
        if (!STAMP.matcher(stamp).matches()) {
            throw new IllegalArgumentException("a stamp is letters, digits and dots: " + stamp);
        }
    }

    /** Whether the other head is of the same session, whatever its round and stamp. */
    public boolean sameSession(SessionHeader other) {
        return withRound(1).withStamp("").equals(other.withRound(1).withStamp(""));
    }

    /** The same head for another round: an expert's sheet carries the round it was scored in. */
    public SessionHeader withRound(int otherRound) {
        return new SessionHeader(sessionName, citation, year, date, venue, otherRound, stamp);
    }

    /** The same head with another stamp. */
    public SessionHeader withStamp(String otherStamp) {
        return new SessionHeader(sessionName, citation, year, date, venue, round, otherStamp);
    }
}
