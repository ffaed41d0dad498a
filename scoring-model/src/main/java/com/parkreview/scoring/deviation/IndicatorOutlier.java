package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import java.math.BigDecimal;

/**
 * An expert's score on one indicator at least the threshold (a share of the indicator's
 * maximum) away from the median of the valid experts' scores on it.
 */
public record IndicatorOutlier(String expertId, String indicatorCode, BigDecimal score, BigDecimal median,
        BigDecimal threshold) implements DeviationFlag {

    public BigDecimal difference() {
        return score.subtract(median);
    }

    @Override
    public String code() {
        return "indicator_outlier:" + expertId + ":" + indicatorCode;
    }

    @Override
    public LocalizedText explanation() {
        return LocalizedText.of("flag.indicatorOutlier", expertId, indicatorCode, score, median,
                difference().abs(), threshold);
    }
}
