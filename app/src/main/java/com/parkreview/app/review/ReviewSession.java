package com.parkreview.app.review;

import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A review session (评审批次) as stored: its programme settings (rubric included) and its state. */
public record ReviewSession(
        long id,
        SessionDetails details,
        ProgrammeSettings settings,
        SessionStatus status,
        Instant createdAt) {

    public String name() {
        return details.name();
    }

    public int year() {
        return details.year();
    }

    public Optional<LocalDate> date() {
        return details.date();
    }

    public Optional<Money> budget() {
        return details.budget();
    }
}
