package com.parkreview.scoring.merge;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.deviation.DeviationDetector;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.SetAsideAfterSigning;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges one applicant's expert sheets into its panel result (rules 3–6 and 9): each expert's
 * total, per-indicator means, the panel score by the session's rule, the tier on the rounded
 * score, the proposed amount and the deviation flags.
 */
public final class PanelMerger {

    private final ProgrammeSettings settings;
    private final DeviationDetector deviation;

    public PanelMerger(ProgrammeSettings settings) {
        this.settings = settings;
        this.deviation = new DeviationDetector(settings);
    }

    public ProgrammeSettings settings() {
        return settings;
    }

    public ApplicantResult merge(String applicantId, List<ExpertSheet> sheets, ApplicantFunding funding) {
        return merge(applicantId, sheets, funding, List.of(), List.of());
    }

    public ApplicantResult merge(String applicantId, List<ExpertSheet> sheets, ApplicantFunding funding,
            List<String> awaitingReReview) {
        return merge(applicantId, sheets, funding, awaitingReReview, List.of());
    }

    /**
     * The merge of an applicant some of whose experts were asked to score again (复评), or have not
     * sent a sheet that counts, and have not yet: no panel outcome until they have (the flags of the
     * sheets there are still found).
     */
    public ApplicantResult merge(String applicantId, List<ExpertSheet> sheets, ApplicantFunding funding,
            List<String> awaitingReReview, List<String> awaitingSheets) {
        checkSheets(applicantId, sheets);
        List<ExpertSheet> valid = sheets.stream().filter(s -> !s.recused()).toList();
        List<String> recused = sheets.stream().filter(ExpertSheet::recused).map(ExpertSheet::expertId).toList();
        List<ExpertTotal> totals = valid.stream().map(s -> new ExpertTotal(s.expertId(), s.total())).toList();

        Optional<PanelOutcome> outcome = Optional.empty();
        boolean answered = awaitingReReview.isEmpty() && awaitingSheets.isEmpty();
        if (valid.size() >= PanelScore.MINIMUM_VALID_EXPERTS && answered) {
            BigDecimal panelScore = PanelScore.of(settings.rule(), totals.stream().map(ExpertTotal::total).toList());
            outcome = Optional.of(outcome(panelScore, funding));
        }
        List<DeviationFlag> flags = new ArrayList<>();
        sheets.stream().filter(s -> s.setAsideTotal().isPresent())
                .forEach(s -> flags.add(new SetAsideAfterSigning(s.expertId(), s.setAsideTotal().get())));
        flags.addAll(deviation.detect(valid, outcome.map(PanelOutcome::tier)));
        return new ApplicantResult(applicantId, totals, recused, indicatorMeans(valid), dimensionMeans(valid),
                outcome, flags, awaitingReReview, awaitingSheets);
    }

    /**
     * Rule 5 and 6: the tier of the rounded panel score; the applicant's cap is the programme's
     * cap or the amount applied for, whichever is lower; the proposed amount is the cap times the
     * tier's share, less what the applicant already received this year from a policy of the
     * same type (差额支持), never below zero, truncated to 0.01 万元.
     */
    public PanelOutcome outcome(BigDecimal panelScore, ApplicantFunding funding) {
        Tier tier = settings.tiers().tierFor(panelScore);
        Money cap = funding.appliedFor().map(settings.annualCap()::min).orElse(settings.annualCap());
        BigDecimal beforeDeduction = cap.wan().multiply(tier.share());
        BigDecimal difference = beforeDeduction.subtract(funding.receivedThisYear().wan()).max(BigDecimal.ZERO);
        Money amount = new Money(difference.setScale(2, RoundingMode.DOWN));
        return new PanelOutcome(panelScore, tier, cap, amount);
    }

    private Map<String, BigDecimal> indicatorMeans(List<ExpertSheet> valid) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        if (valid.isEmpty()) {
            return means;
        }
        for (Indicator indicator : settings.rubric().indicators()) {
            means.put(indicator.code(),
                    PanelScore.mean(valid.stream().map(s -> s.score(indicator.code())).toList(), PanelScore.SCALE));
        }
        return means;
    }

    private Map<String, BigDecimal> dimensionMeans(List<ExpertSheet> valid) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        if (valid.isEmpty()) {
            return means;
        }
        for (Dimension dimension : settings.rubric().dimensions()) {
            List<BigDecimal> subtotals = valid.stream()
                    .map(s -> dimension.indicators().stream()
                            .map(i -> s.score(i.code()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .toList();
            means.put(dimension.code(), PanelScore.mean(subtotals, PanelScore.SCALE));
        }
        return means;
    }

    /** Every scored sheet has exactly the rubric's indicators, each allowed by rule 2; one sheet an expert. */
    private void checkSheets(String applicantId, List<ExpertSheet> sheets) {
        Set<String> experts = new HashSet<>();
        Set<String> codes = settings.rubric().indicatorCodes();
        for (ExpertSheet sheet : sheets) {
            if (!experts.add(sheet.expertId())) {
                throw new ValidationException(LocalizedText.of("merge.duplicateExpert", applicantId, sheet.expertId()));
            }
            if (sheet.recused()) {
                continue;
            }
            for (String code : codes) {
                if (!sheet.scores().containsKey(code)) {
                    throw new ValidationException(
                            LocalizedText.of("merge.missingScore", applicantId, sheet.expertId(), code));
                }
            }
            for (Map.Entry<String, BigDecimal> score : sheet.scores().entrySet()) {
                Optional<Indicator> indicator = settings.rubric().indicator(score.getKey());
                if (indicator.isEmpty()) {
                    throw new ValidationException(
                            LocalizedText.of("merge.unknownIndicator", applicantId, sheet.expertId(), score.getKey()));
                }
                if (!ScoreEntry.isAllowed(indicator.get(), score.getValue(), settings.precision())) {
                    throw new ValidationException(LocalizedText.of("merge.scoreNotAllowed", applicantId,
                            sheet.expertId(), score.getKey(), score.getValue(), indicator.get().max(),
                            settings.precision().label()));
                }
            }
        }
    }
}
