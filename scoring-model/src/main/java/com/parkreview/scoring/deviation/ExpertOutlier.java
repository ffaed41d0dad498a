package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import java.math.BigDecimal;

/** An expert whose total is at least the threshold away from the median of the valid totals. */
public record ExpertOutlier(String expertId, BigDecimal total, BigDecimal median, BigDecimal threshold)
        implements DeviationFlag {

    public BigDecimal difference() {
        return total.subtract(median);
    }

    @Override
    public String code() {
        return "expert_outlier:" + expertId;
    }

    @Override
    public LocalizedText explanation() {
        return LocalizedText.of("flag.expertOutlier", expertId, total, median, difference().abs(), threshold);
    }
}
