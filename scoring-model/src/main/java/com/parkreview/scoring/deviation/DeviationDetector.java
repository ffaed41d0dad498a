package com.parkreview.scoring.deviation;

import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.merge.PanelScore;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds obvious deviation in one applicant's valid sheets (rule 9). Differences are measured from
 * the median, not the mean, so that one extreme expert does not make the others look deviant.
 */
public final class DeviationDetector {

    private final ProgrammeSettings settings;

    public DeviationDetector(ProgrammeSettings settings) {
        this.settings = settings;
    }

    /**
     * @param valid     the valid (not recused) experts' sheets for the applicant
     * @param panelTier the panel's tier, absent when the panel is incomplete (then tier
     *                  sensitivity is not judged)
     */
    public List<DeviationFlag> detect(List<ExpertSheet> valid, Optional<Tier> panelTier) {
        List<DeviationFlag> flags = new ArrayList<>();
        if (valid.size() < 2) {
            return flags;
        }
        flags.addAll(expertOutliers(valid));
        flags.addAll(indicatorOutliers(valid));
        tierSplit(valid).ifPresent(flags::add);
        panelTier.flatMap(tier -> tierSensitivity(valid, tier)).ifPresent(flags::add);
        return flags;
    }

    private List<DeviationFlag> expertOutliers(List<ExpertSheet> valid) {
        BigDecimal threshold = settings.thresholds().expertPoints();
        BigDecimal median = Median.of(valid.stream().map(ExpertSheet::total).toList());
        List<DeviationFlag> flags = new ArrayList<>();
        for (ExpertSheet sheet : valid) {
            if (sheet.total().subtract(median).abs().compareTo(threshold) >= 0) {
                flags.add(new ExpertOutlier(sheet.expertId(), settings.precision().shown(sheet.total()),
                        settings.precision().shown(median), threshold));
            }
        }
        return flags;
    }

    private List<DeviationFlag> indicatorOutliers(List<ExpertSheet> valid) {
        List<Indicator> indicators = settings.rubric().indicators();
        Map<String, BigDecimal> medians = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            medians.put(indicator.code(), Median.of(valid.stream().map(s -> s.score(indicator.code())).toList()));
        }
        List<DeviationFlag> flags = new ArrayList<>();
        for (ExpertSheet sheet : valid) {
            for (Indicator indicator : indicators) {
                BigDecimal threshold = indicator.max().multiply(settings.thresholds().indicatorShare());
                BigDecimal median = medians.get(indicator.code());
                BigDecimal score = sheet.score(indicator.code());
                if (score.subtract(median).abs().compareTo(threshold) >= 0) {
                    flags.add(new IndicatorOutlier(sheet.expertId(), indicator.code(), settings.precision().shown(score),
                            settings.precision().shown(median), threshold.stripTrailingZeros()));
                }
            }
        }
        return flags;
    }

    private Optional<DeviationFlag> tierSplit(List<ExpertSheet> valid) {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        for (ExpertSheet sheet : valid) {
            tiers.put(sheet.expertId(), settings.tiers().tierFor(sheet.total()));
        }
        boolean split = tiers.values().stream().map(Tier::code).distinct().count() > 1;
        return split ? Optional.of(new TierSplit(tiers)) : Optional.empty();
    }

    /**
     * Leave each valid expert out in turn and apply the session's rule to the others (whatever
     * their number): a different tier for any of them makes the panel tier-sensitive.
     */
    private Optional<DeviationFlag> tierSensitivity(List<ExpertSheet> valid, Tier panelTier) {
        List<TierSensitive.LeftOut> changes = new ArrayList<>();
        for (ExpertSheet leftOut : valid) {
            List<BigDecimal> others = valid.stream()
                    .filter(s -> s != leftOut)
                    .map(ExpertSheet::total)
                    .toList();
            BigDecimal without = PanelScore.of(settings.rule(), others);
            Tier tierWithout = settings.tiers().tierFor(without);
            if (!tierWithout.code().equals(panelTier.code())) {
                changes.add(new TierSensitive.LeftOut(leftOut.expertId(), without, tierWithout));
            }
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new TierSensitive(panelTier, changes));
    }
}
