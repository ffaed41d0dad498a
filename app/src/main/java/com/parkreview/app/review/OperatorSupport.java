package com.parkreview.app.review;

import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.Optional;

/** A year in which an operator was supported under the programme (rule 8). */
public record OperatorSupport(UnifiedSocialCreditCode uscc, int year, Optional<Long> sessionId,
        Optional<Money> amount, String note) {
}
