package com.parkreview.reports.data;

import java.time.LocalDate;

/**
 * What every sheet of a defense session (答辩评审) prints at its head: the session's name, the
 * citation of the programme's rules (the session's own setting, {@code ProgrammeSettings.citation()}),
 * the year, the date and venue, and the session's round (第几轮评审).
 */
public record SessionHeader(String sessionName, String citation, int year, LocalDate date, String venue,
        int round) {

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
    }

    /** Whether the other head is of the same session, whatever its round. */
    public boolean sameSession(SessionHeader other) {
        return withRound(1).equals(other.withRound(1));
    }

    /** The same head for another round: an expert's sheet carries the round it was scored in. */
    public SessionHeader withRound(int otherRound) {
        return new SessionHeader(sessionName, citation, year, date, venue, otherRound);
    }
}
