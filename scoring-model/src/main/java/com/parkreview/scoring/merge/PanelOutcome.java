package com.parkreview.scoring.merge;

import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;

/**
 * A complete panel's verdict: the panel score (2 decimals, HALF_UP), its tier, the applicant's
 * cap (programme cap or the amount applied for, whichever is lower) and the proposed amount.
 */
public record PanelOutcome(BigDecimal panelScore, Tier tier, Money applicantCap, Money amount) {

    public BigDecimal share() {
        return tier.share();
    }
}
