package com.parkreview.scoring.session;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How an expert scores against the panel: the mean of (expert total − panel score) over the
 * complete applicants the expert scored. Positive is lenient, negative is strict.
 */
public record ExpertLeniency(String expertId, int applicants, Optional<BigDecimal> meanDifference) {
}
