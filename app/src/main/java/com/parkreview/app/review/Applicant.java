package com.parkreview.app.review;

import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.time.LocalTime;
import java.util.Optional;

/** An applicant (申报单位) of a session as stored. {@code code} is its short id (A01) in files and commands. */
public record Applicant(
        long id,
        long sessionId,
        String code,
        String name,
        UnifiedSocialCreditCode uscc,
        Contact contact,
        Optional<Money> appliedFor,
        Money receivedThisYear,
        int defenseOrder,
        Optional<LocalTime> slotStart,
        PreReview preReview,
        String jointOpinion) {

    public ApplicantFunding funding() {
        return new ApplicantFunding(appliedFor, receivedThisYear);
    }
}
