package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.text.PlainNumber;
import java.math.BigDecimal;
import java.util.Optional;

/** Values of a session's options as typed: a year, a deviation threshold. */
final class SessionOptions {

    private SessionOptions() {
    }

    /** A year of four digits; the session holds it to 2000–2100. */
    static int year(String text) {
        if (!text.strip().matches("\\d{4}")) {
            throw new ValidationException(AppText.of("session.year", text.strip()));
        }
        return Integer.parseInt(text.strip());
    }

    /** A threshold above 0 and at most 100, written plainly (no sign, no exponent). */
    static BigDecimal threshold(String name, String typed) {
        Optional<BigDecimal> value = PlainNumber.parse(typed);
        if (value.isPresent() && value.get().signum() > 0 && value.get().compareTo(new BigDecimal("100")) <= 0) {
            return value.get();
        }
        throw new ValidationException(AppText.of("cli.threshold", name, typed));
    }
}
