package com.parkreview.app.review;

import java.time.LocalDate;
import java.util.Optional;

/** A line of the session list: enough to recognise and open a session. */
public record SessionSummary(long id, String name, int year, Optional<LocalDate> date, SessionStatus status,
        int applicants, int experts, int signedSheets) {
}
