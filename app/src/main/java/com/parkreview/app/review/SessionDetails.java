package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the secretary gives a session besides its programme: name, year, date, venue, budget,
 * timing, and the secretary's own name ({@code ""} when not given), the author of the files the
 * session's sheets are exported to.
 */
public record SessionDetails(
        String name,
        int year,
        Optional<LocalDate> date,
        String venue,
        Optional<Money> budget,
        DefenseTiming timing,
        String secretary) {

    /** The most characters of the secretary's name (the store's column). */
    public static final int SECRETARY_LIMIT = 50;

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
        secretary = secretary == null ? "" : secretary.strip();
        if (secretary.codePointCount(0, secretary.length()) > SECRETARY_LIMIT || secretary.contains("\n")) {
            throw new ValidationException(AppText.of("session.secretary", SECRETARY_LIMIT));
        }
    }

    /** A session whose secretary is not named. */
    public SessionDetails(String name, int year, Optional<LocalDate> date, String venue, Optional<Money> budget,
            DefenseTiming timing) {
        this(name, year, date, venue, budget, timing, "");
    }

    /** The secretary's name, when given. */
    public Optional<String> secretaryName() {
        return secretary.isEmpty() ? Optional.empty() : Optional.of(secretary);
    }

    /**
     * These details, their text held to the input rule ({@link TextField}); a refusal names the
     * field. Not checked when built, so that a session stored before the rule still opens.
     */
    public SessionDetails checked() {
        TextField.SESSION_NAME.check(name);
        TextField.VENUE.check(venue);
        TextField.SECRETARY.check(secretary);
        // the year's session may be defended late in the year before or early in the year after; further is a typo
        if (date.isPresent() && Math.abs(date.get().getYear() - year) > 1) {
            throw new ValidationException(AppText.of("session.dateFarFromYear", date.get(), year));
        }
        return this;
    }
}
