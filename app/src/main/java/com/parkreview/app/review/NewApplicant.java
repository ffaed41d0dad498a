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
        if (!Codes.valid(code)) {
            throw new ValidationException(AppText.of("applicant.code", code));
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException(AppText.of("applicant.name", code));
        }
        if (defenseOrder < 1) {
            throw new ValidationException(AppText.of("applicant.order", code, defenseOrder));
        }
        code = code.strip();
        name = TextField.APPLICANT_NAME.check(name);
        contact = contact == null ? Contact.NONE
                : new Contact(TextField.CONTACT_PERSON.check(contact.person()), TextField.CONTACT_PHONE.check(contact.phone()));
        appliedFor = appliedFor == null ? Optional.empty() : appliedFor;
        receivedThisYear = receivedThisYear == null ? Money.ZERO : receivedThisYear;
        slotStart = slotStart == null ? Optional.empty() : slotStart;
    }
}
