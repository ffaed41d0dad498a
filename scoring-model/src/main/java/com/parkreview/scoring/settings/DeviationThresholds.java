package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;

/**
 * When a difference from the panel's median counts as obvious deviation (明显偏差, rule 9): an
 * expert's total {@code expertPoints} or more from the median total; an indicator score
 * {@code indicatorShare} of the indicator's maximum or more from that indicator's median.
 */
public record DeviationThresholds(BigDecimal expertPoints, BigDecimal indicatorShare) {

    public static final DeviationThresholds DEFAULT =
            new DeviationThresholds(new BigDecimal("15"), new BigDecimal("0.40"));

    public DeviationThresholds {
        if (expertPoints == null || expertPoints.signum() <= 0) {
            throw new ValidationException(LocalizedText.of("settings.threshold.points", expertPoints));
        }
        if (indicatorShare == null || indicatorShare.signum() <= 0 || indicatorShare.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException(LocalizedText.of("settings.threshold.share", indicatorShare));
        }
        expertPoints = canonical(expertPoints);
        indicatorShare = canonical(indicatorShare);
    }

    /** 0.40 and 0.4 are the same threshold: kept without trailing zeros (15, 0.4). */
    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
