package com.parkreview.scoring.merge;

import com.parkreview.scoring.settings.AggregationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The panel score of a set of expert totals (rule 4), rounded HALF_UP to 2 decimals. */
public final class PanelScore {

    /** Fewer valid experts than this: no panel score, the applicant is incomplete. */
    public static final int MINIMUM_VALID_EXPERTS = 3;

    public static final int SCALE = 2;

    private PanelScore() {
    }

    /**
     * The rule applied to the totals, whatever their number (the caller decides completeness):
     * the trimmed mean drops one highest and one lowest total only with five or more totals.
     */
    public static BigDecimal of(AggregationRule rule, Collection<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no totals to aggregate");
        }
        List<BigDecimal> counted = new ArrayList<>(totals);
        if (rule == AggregationRule.TRIMMED_MEAN && counted.size() >= AggregationRule.TRIMMED_MINIMUM) {
            counted.sort(null);
            counted = counted.subList(1, counted.size() - 1);
        }
        return mean(counted, SCALE);
    }

    /** The exact mean rounded once, HALF_UP, to {@code scale} decimals. */
    public static BigDecimal mean(Collection<BigDecimal> values, int scale) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }
}
