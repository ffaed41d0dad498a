package com.parkreview.scoring.session;

import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The agreement figures of a session. Only applicants that every expert of the panel scored
 * (no recusal, no missing sheet) enter them, so that the ratings form a full matrix.
 */
final class AgreementCalculator {

    /**
     * Fewer applicants scored by the whole panel give no figure: with two, a tester's window walk 9
     * saw "ICC(A,k) = -198.7500" printed on the results list the panel signs.
     */
    static final int MINIMUM_APPLICANTS = 3;

    private AgreementCalculator() {
    }

    static AgreementFigures compute(List<ApplicantEntry> applicants, Rubric rubric) {
        Set<String> panel = new LinkedHashSet<>();
        applicants.forEach(a -> a.sheets().forEach(s -> panel.add(s.expertId())));
        List<String> experts = List.copyOf(panel);

        List<Map<String, ExpertSheet>> complete = new ArrayList<>();
        for (ApplicantEntry applicant : applicants) {
            Map<String, ExpertSheet> byExpert = new LinkedHashMap<>();
            applicant.sheets().stream().filter(s -> !s.recused()).forEach(s -> byExpert.put(s.expertId(), s));
            if (byExpert.keySet().containsAll(experts)) {
                complete.add(byExpert);
            }
        }
        if (complete.size() < MINIMUM_APPLICANTS || experts.size() < 2) {
            return new AgreementFigures(complete.size(), experts.size(), AgreementFigures.Icc.NOT_COMPUTABLE,
                    Optional.empty(), Map.of());
        }
        RatingMatrix totals = matrix(complete, experts, ExpertSheet::total);
        Map<String, AgreementFigures.Icc> byIndicator = new LinkedHashMap<>();
        for (Indicator indicator : rubric.indicators()) {
            byIndicator.put(indicator.code(), matrix(complete, experts, s -> s.score(indicator.code())).icc());
        }
        return new AgreementFigures(complete.size(), experts.size(), totals.icc(), totals.kendallW(), byIndicator);
    }

    private static RatingMatrix matrix(List<Map<String, ExpertSheet>> applicants, List<String> experts,
            Function<ExpertSheet, BigDecimal> rating) {
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (Map<String, ExpertSheet> byExpert : applicants) {
            rows.add(experts.stream().map(e -> rating.apply(byExpert.get(e))).toList());
        }
        return new RatingMatrix(rows);
    }
}
