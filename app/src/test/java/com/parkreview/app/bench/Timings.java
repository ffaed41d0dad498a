package com.parkreview.app.bench;

import java.util.Arrays;
import java.util.Locale;

/** Wall-clock timings of repeated runs, summarised as min / median / p90 / max in milliseconds. */
final class Timings {

    /** One measured operation. */
    @FunctionalInterface
    interface Run {
        void once() throws Exception;
    }

    private Timings() {
    }

    static long[] measure(int warmups, int runs, Run run) throws Exception {
        for (int i = 0; i < warmups; i++) {
            run.once();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.once();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static String summary(long[] sortedNanos) {
        int n = sortedNanos.length;
        return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)",
                ms(sortedNanos[0]), ms(sortedNanos[n / 2]), ms(sortedNanos[(int) Math.ceil(n * 0.9) - 1]),
                ms(sortedNanos[n - 1]), n);
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
