package com.parkreview.scoring.session;

import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.ApplicantResult;
import com.parkreview.scoring.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of the session's results: the applicant's merge, its rank (1-2-2-4; absent when
 * incomplete), the running total of proposed amounts in rank order, whether that total has
 * passed the budget at this row (or the row is one of equal scores the budget line falls among:
 * then every funded row of the tie counts as past it, and is marked so), and whether the operator
 * has used up its support period.
 */
public record RankedApplicant(
        ApplicantEntry applicant,
        ApplicantResult result,
        OptionalInt rank,
        Optional<Money> runningTotal,
        boolean overBudget,
        boolean periodExceeded,
        boolean tiedAtBudgetLine) {

    public static final String PERIOD_EXCEEDED = "period_exceeded";
    public static final String OVER_BUDGET = "over_budget";
    /** One of equal panel scores that the budget line falls among (rule 7: the committee decides). */
    public static final String BUDGET_TIE = "budget_tie";
    /** An ordered re-review not back yet, with the expert: {@code re_review_awaited:E2}. */
    public static final String RE_REVIEW_AWAITED = "re_review_awaited";
    /** A sheet of the panel not counted yet, with the expert: {@code sheet_awaited:E5}. */
    public static final String SHEET_AWAITED = "sheet_awaited";

    /** A row not tied at the budget line. */
    public RankedApplicant(ApplicantEntry applicant, ApplicantResult result, OptionalInt rank,
            Optional<Money> runningTotal, boolean overBudget, boolean periodExceeded) {
        this(applicant, result, rank, runningTotal, overBudget, periodExceeded, false);
    }

    /**
     * Every flag of the row as written on the command line: re-reviews and sheets awaited, deviation flags
     * (the period last of them), then budget.
     */
    public List<String> flagCodes() {
        List<String> codes = new ArrayList<>(result.awaitingReReview().stream()
                .map(expert -> RE_REVIEW_AWAITED + ":" + expert).toList());
        result.awaitingSheets().forEach(expert -> codes.add(SHEET_AWAITED + ":" + expert));
        codes.addAll(result.flags().stream().map(DeviationFlag::code).toList()); // period_exceeded among them
        if (overBudget) {
            codes.add(OVER_BUDGET);
        }
        if (tiedAtBudgetLine) {
            codes.add(BUDGET_TIE);
        }
        return codes;
    }
}
