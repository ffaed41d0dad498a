package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.time.LocalTime;
import java.util.Optional;

/** An applicant to add to a session. */
public record NewApplicant(
        String code,
        String name,
        UnifiedSocialCreditCode uscc,
        Contact contact,
        Optional<Money> appliedFor,
        Money receivedThisYear,
        int defenseOrder,
        Optional<LocalTime> slotStart) {

    public NewApplicant {
        checkCode(code);
        checkName(code, name);
        if (defenseOrder < 1) {
            throw new ValidationException(AppText.of("applicant.order", code, defenseOrder));
        }
        code = code.strip();
        name = checkName(code, name);
        contact = contact == null ? Contact.NONE : contact.checked();
        appliedFor = appliedFor == null ? Optional.empty() : appliedFor;
        receivedThisYear = receivedThisYear == null ? Money.ZERO : receivedThisYear;
        slotStart = slotStart == null ? Optional.empty() : slotStart;
    }

    /** The code's rule (A01: a letter and digits), for a form that checks field by field. */
    public static void checkCode(String code) {
        if (!Codes.valid(code)) {
            throw new ValidationException(AppText.of("applicant.code", code));
        }
    }

    /** The name's rule: given, and held to the input rule; returns it as kept. */
    public static String checkName(String code, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(AppText.of("applicant.name", code));
        }
        return TextField.APPLICANT_NAME.check(name);
    }
}
