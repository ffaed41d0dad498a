package com.parkreview.scoring.deviation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The exact median: the middle value, or the exact mean of the two middle values. */
public final class Median {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Median() {
    }

    public static BigDecimal of(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        // Halving a finite decimal always terminates, so this division is exact.
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }
}
