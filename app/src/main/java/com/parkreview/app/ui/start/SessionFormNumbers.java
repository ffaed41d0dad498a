package com.parkreview.app.ui.start;

import com.parkreview.app.setup.TypedMoney;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.text.PlainNumber;
import java.math.BigDecimal;
import java.util.Optional;

/** The session form's numbers as typed: the defense's minutes and the deviation thresholds, each refused naming its field. */
final class SessionFormNumbers {

    private SessionFormNumbers() {
    }

    /** Whole minutes from 1 to 180. */
    static int minutes(String fieldKey, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 180) {
            throw new ValidationException(UiText.of("newSession.minutesInvalid", UiText.text(fieldKey), text));
        }
        return Integer.parseInt(text);
    }

    /** A threshold above 0 and at most 100, written plainly ({@link PlainNumber}: no sign, no exponent). */
    static BigDecimal threshold(String fieldKey, String typed) {
        Optional<BigDecimal> value = PlainNumber.parse(typed);
        if (value.isPresent() && value.get().signum() > 0 && value.get().compareTo(new BigDecimal("100")) <= 0) {
            return value.get();
        }
        throw new ValidationException(UiText.of("newSession.thresholdInvalid", UiText.text(fieldKey),
                typed == null ? "" : typed.strip()));
    }

    /** The budget as typed: none when blank; refused naming the field. */
    static Optional<Money> budget(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : Optional.of(TypedMoney.wan(typed, UiText.text("newSession.budgetName")));
    }

    /** The budget as typed, or none when blank or not a sum (the form's problem line says why). */
    static Optional<Money> budgetIfValid(String typed) {
        try {
            return budget(typed);
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
