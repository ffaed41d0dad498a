package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.text.PlainNumber;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/** Values of a session's options as typed: a year, a deviation threshold; a cap above the programme's. */
final class SessionOptions {

    private SessionOptions() {
    }

    /** A year of four digits; the session holds it to 2000–2100. */
    static int year(String text) {
        String plain = Arguments.plainDigits(text.strip());
        if (!plain.matches("[0-9]{4}")) {
            throw new ValidationException(AppText.of("session.year", text.strip()));
        }
        return Integer.parseInt(plain);
    }

    /** A threshold above 0 and at most 100, written plainly (no sign, no exponent). */
    static BigDecimal threshold(String name, String typed) {
        Optional<BigDecimal> value = PlainNumber.parse(typed);
        if (value.isPresent() && value.get().signum() > 0 && value.get().compareTo(new BigDecimal("100")) <= 0) {
            return value.get();
        }
        throw new ValidationException(AppText.of("cli.threshold", name, typed));
    }

    /**
     * A cap above the session's programme's published maximum is refused unless asked for by name
     * ({@code --cap-above-programme}; the window asks): a district may change its terms, but one
     * zero too many multiplies every amount (a tester's round 11 typed --cap 99999 and was told
     * nothing), and a settings file written for 石景山 (1500) and switched to 朝阳 (500) proposed
     * 1050 万元 too much on a sheet citing 朝阳's measure with only a note (round 14).
     */
    static void refuseCapAboveProgramme(ProgrammeSettings settings, boolean asked) {
        Optional<Money> maximum = programmeMaximum(settings);
        if (maximum.isPresent() && !asked) {
            throw new ValidationException(AppText.of("cli.capAboveProgramme", settings.annualCap().toWanString(),
                    maximum.get().toWanString(), settings.name()));
        }
    }

    /** The published maximum of the session's programme, when its cap is above it. */
    private static Optional<Money> programmeMaximum(ProgrammeSettings settings) {
        return Stream.of(ProgrammeSettings.SHIJINGSHAN, ProgrammeSettings.CHAOYANG_PARK_OPERATORS)
                .filter(p -> p.name().equals(settings.name()))
                .map(ProgrammeSettings::annualCap).filter(settings.annualCap()::isGreaterThan).findFirst();
    }
}
