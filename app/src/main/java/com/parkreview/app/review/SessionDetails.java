package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** What the secretary gives a session besides its programme: name, year, date, venue, budget, timing. */
public record SessionDetails(
        String name,
        int year,
        Optional<LocalDate> date,
        String venue,
        Optional<Money> budget,
        DefenseTiming timing) {

    public SessionDetails {
        if (name == null || name.isBlank()) {
            throw new ValidationException(AppText.of("session.name"));
        }
        if (year < 2000 || year > 2100) {
            throw new ValidationException(AppText.of("session.year", year));
        }
        date = date == null ? Optional.empty() : date;
        venue = venue == null ? "" : venue.strip();
        budget = budget == null ? Optional.empty() : budget;
        timing = timing == null ? DefenseTiming.DEFAULT : timing;
        name = name.strip();
    }

    /**
     * These details, their text held to the input rule ({@link TextField}); a refusal names the
     * field. Not checked when built, so that a session stored before the rule still opens.
     */
    public SessionDetails checked() {
        TextField.SESSION_NAME.check(name);
        TextField.VENUE.check(venue);
        return this;
    }
}
