package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.money.Money;

/**
 * Support of this year is recorded for the operator elsewhere (another session of the year
 * closed with an amount for it) beyond what was typed as received this year: rule 6 deducts what
 * the operator already received, so the panel decides, with a reason, or the secretary corrects
 * the amount received (a tester's round 11 saw an operator proposed 1500 万元 in two sessions of
 * one year, the database knowing of the first, with nothing said).
 */
public record SupportedThisYear(Money recorded, Money typedAsReceived) implements DeviationFlag {

    public static final String CODE = "supported_this_year";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText explanation() {
        return LocalizedText.of("flag.supportedThisYear", recorded.toWanString(), typedAsReceived.toWanString());
    }
}
