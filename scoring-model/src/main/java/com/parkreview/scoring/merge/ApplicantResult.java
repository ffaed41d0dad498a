package com.parkreview.scoring.merge;

import com.parkreview.scoring.deviation.DeviationFlag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merge of one applicant's sheets: the valid experts' totals, the recused experts, the
 * per-indicator and per-dimension means over the valid experts (2 decimals), the panel outcome
 * (absent when fewer than three experts are valid, or a re-review or a sheet is awaited), the
 * deviation flags, the experts whose ordered re-review has not come back yet, and the experts, not
 * recused, whose sheet does not count yet.
 */
public record ApplicantResult(
        String applicantId,
        List<ExpertTotal> expertTotals,
        List<String> recusedExperts,
        Map<String, BigDecimal> indicatorMeans,
        Map<String, BigDecimal> dimensionMeans,
        Optional<PanelOutcome> outcome,
        List<DeviationFlag> flags,
        List<String> awaitingReReview,
        List<String> awaitingSheets) {

    public ApplicantResult {
        expertTotals = List.copyOf(expertTotals);
        recusedExperts = List.copyOf(recusedExperts);
        indicatorMeans = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorMeans));
        dimensionMeans = Collections.unmodifiableMap(new LinkedHashMap<>(dimensionMeans));
        flags = List.copyOf(flags);
        awaitingReReview = List.copyOf(awaitingReReview);
        awaitingSheets = List.copyOf(awaitingSheets);
    }

    /** A result with no sheet awaited but, perhaps, re-reviews. */
    public ApplicantResult(String applicantId, List<ExpertTotal> expertTotals, List<String> recusedExperts,
            Map<String, BigDecimal> indicatorMeans, Map<String, BigDecimal> dimensionMeans,
            Optional<PanelOutcome> outcome, List<DeviationFlag> flags, List<String> awaitingReReview) {
        this(applicantId, expertTotals, recusedExperts, indicatorMeans, dimensionMeans, outcome, flags,
                awaitingReReview, List.of());
    }

    /** A result with no re-review awaited. */
    public ApplicantResult(String applicantId, List<ExpertTotal> expertTotals, List<String> recusedExperts,
            Map<String, BigDecimal> indicatorMeans, Map<String, BigDecimal> dimensionMeans,
            Optional<PanelOutcome> outcome, List<DeviationFlag> flags) {
        this(applicantId, expertTotals, recusedExperts, indicatorMeans, dimensionMeans, outcome, flags, List.of(),
                List.of());
    }

    /** The same result with one more flag, found beyond the panel's sheets (the operator's earlier years). */
    public ApplicantResult withFlag(DeviationFlag flag) {
        List<DeviationFlag> more = new ArrayList<>(flags);
        more.add(flag);
        return new ApplicantResult(applicantId, expertTotals, recusedExperts, indicatorMeans, dimensionMeans, outcome,
                more, awaitingReReview, awaitingSheets);
    }

    public int validExperts() {
        return expertTotals.size();
    }

    public boolean complete() {
        return outcome.isPresent();
    }

    public Optional<BigDecimal> panelScore() {
        return outcome.map(PanelOutcome::panelScore);
    }

    public Optional<BigDecimal> expertTotal(String expertId) {
        return expertTotals.stream().filter(t -> t.expertId().equals(expertId)).map(ExpertTotal::total).findFirst();
    }
}
