package com.parkreview.scoring.merge;

import com.parkreview.scoring.money.Money;
import java.util.Optional;

/**
 * What an applicant asked for and what it already received this year from a policy of the same
 * type (就高 / 从优不重复: only the difference is paid).
 */
public record ApplicantFunding(Optional<Money> appliedFor, Money receivedThisYear) {

    public static final ApplicantFunding NONE = new ApplicantFunding(Optional.empty(), Money.ZERO);

    public ApplicantFunding {
        appliedFor = appliedFor == null ? Optional.empty() : appliedFor;
        receivedThisYear = receivedThisYear == null ? Money.ZERO : receivedThisYear;
    }
}
