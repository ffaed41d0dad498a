package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;

/**
 * A sign of obvious deviation (明显偏差, rule 9) in one applicant's panel. The secretary resolves
 * each: accepted with a written reason, or a re-review ordered.
 */
public sealed interface DeviationFlag permits ExpertOutlier, IndicatorOutlier, TierSplit, TierSensitive,
        SetAsideAfterSigning, PeriodExceeded, SupportedThisYear {

    /**
     * The flag as the command line and files write it: {@code expert_outlier:E},
     * {@code indicator_outlier:E:CODE}, {@code tier_split}, {@code tier_sensitive}, {@code set_aside:E},
     * {@code period_exceeded}, {@code supported_this_year}.
     */
    String code();

    /** What the flag means for this applicant, in words, for the screen and the printed footnote. */
    LocalizedText explanation();

    /**
     * Whether scoring again can answer the flag. A sheet set aside after signing, and the
     * operator's support recorded beyond these sheets, cannot: the panel accepts them with a reason.
     */
    static boolean answeredByReReview(String code) {
        return !code.startsWith(SetAsideAfterSigning.CODE_PREFIX) && !code.equals(PeriodExceeded.CODE)
                && !code.equals(SupportedThisYear.CODE);
    }

    /**
     * Whether accepting the flag pays what a rule would otherwise refuse or deduct: a fourth year
     * (rule 8), support of this year recorded elsewhere (rule 6). Such a flag is accepted by its
     * own name, never among an applicant's flags at once (a tester's round 14 accepted all with
     * "同意" and an operator was proposed 1500 万元 a second time in one year).
     */
    static boolean paysPastARule(String code) {
        return code.equals(PeriodExceeded.CODE) || code.equals(SupportedThisYear.CODE);
    }
}
