package com.parkreview.scoring.rubric;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A first-level indicator (一级指标): its code ({@code 1} … {@code 5}), name, maximum, and the
 * indicators whose maxima add up to it.
 */
public record Dimension(String code, String name, BigDecimal max, List<Indicator> indicators) {

    public Dimension {
        if (code == null || !code.matches("[0-9]{1,2}")) {
            throw new ValidationException(LocalizedText.of("rubric.dimension.code", code));
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException(LocalizedText.of("rubric.dimension.name", code));
        }
        if (max == null || max.signum() <= 0) {
            throw new ValidationException(LocalizedText.of("rubric.dimension.max", code, max));
        }
        if (indicators == null || indicators.isEmpty()) {
            throw new ValidationException(LocalizedText.of("rubric.dimension.empty", code));
        }
        indicators = List.copyOf(indicators);
        BigDecimal sum = indicators.stream().map(Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(max) != 0) {
            throw new ValidationException(LocalizedText.of("rubric.dimension.sum", code, max, sum));
        }
        for (Indicator indicator : indicators) {
            if (!indicator.dimensionCode().equals(code)) {
                throw new ValidationException(
                        LocalizedText.of("rubric.dimension.foreignIndicator", code, indicator.code()));
            }
        }
    }
}
