package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;

/**
 * The operator was already supported in as many earlier years as the programme allows (rule 8:
 * 支持周期一般不超过 3 年): "generally", so the panel may still propose it, but only by accepting
 * this flag with a reason, as any other (a tester's round 10 saw a fourth year paid within the
 * budget, ahead of a first-year operator of the same score, with nothing to accept).
 */
public record PeriodExceeded(int earlierYears, int limit) implements DeviationFlag {

    public static final String CODE = "period_exceeded";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText explanation() {
        return LocalizedText.of("flag.periodExceeded", earlierYears, limit);
    }
}
