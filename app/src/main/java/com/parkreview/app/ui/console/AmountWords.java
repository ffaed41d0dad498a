package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.PanelOutcome;
import java.util.Optional;

/**
 * Rule 6's deduction in words, where there is one: the applicant's cap times the tier's share, less
 * the same-type support already received this year. A tester's rounds 17 and 21 saw 100% of
 * 1,200 万元 proposed as 1,100 with nothing in the window saying why (the printed list has the
 * columns; the window had not).
 */
final class AmountWords {

    private AmountWords() {
    }

    static Optional<String> deduction(PanelOutcome outcome, ApplicantFunding funding) {
        if (funding.receivedThisYear().isZero()) {
            return Optional.empty();
        }
        String before = outcome.applicantCap().timesShareTruncated(outcome.share()).toWanString();
        return Optional.of(UiText.text(outcome.amount().isZero() ? "amount.deductedToZero" : "amount.deducted",
                outcome.applicantCap().toWanString(), UiText.sharePercent(outcome.tier()),
                funding.receivedThisYear().toWanString(), outcome.amount().toWanString(), before));
    }
}
