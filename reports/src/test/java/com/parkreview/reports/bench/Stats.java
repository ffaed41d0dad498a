package com.parkreview.reports.bench;

import java.util.Arrays;
import java.util.Locale;

/** Repeated measurements in milliseconds, summarised as min / median / p90 / max. */
record Stats(double[] millis) {

    Stats {
        millis = millis.clone();
        Arrays.sort(millis);
    }

    static Stats ofNanos(long[] nanos) {
        return new Stats(Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).toArray());
    }

    double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    /** The nearest-rank 90th percentile. */
    double p90() {
        return millis[(int) Math.ceil(0.9 * millis.length) - 1];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)",
                millis[0], median(), p90(), millis[millis.length - 1], millis.length);
    }
}
