package com.parkreview.scoring.session;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Ratings of n subjects (applicants) by the same k raters (experts), with the agreement
 * statistics on them. Computed in decimal arithmetic (34 digits), results rounded HALF_UP to 4
 * decimals.
 */
final class RatingMatrix {

    static final int RESULT_SCALE = 4;
    private static final MathContext MC = MathContext.DECIMAL128;

    private final BigDecimal[][] ratings;
    private final int n;
    private final int k;

    /** @param rows one row per subject, each with one rating per rater, raters in the same order */
    RatingMatrix(List<List<BigDecimal>> rows) {
        this.n = rows.size();
        this.k = n == 0 ? 0 : rows.get(0).size();
        this.ratings = new BigDecimal[n][];
        for (int i = 0; i < n; i++) {
            if (rows.get(i).size() != k) {
                throw new IllegalArgumentException("every subject needs a rating from every rater");
            }
            ratings[i] = rows.get(i).toArray(BigDecimal[]::new);
        }
    }

    /**
     * ICC(A,1) and ICC(A,k) of McGraw and Wong (1996), two-way model, absolute agreement:
     * <pre>
     *   ICC(A,1) = (MSR − MSE) / (MSR + (k−1)·MSE + k·(MSC − MSE)/n)
     *   ICC(A,k) = (MSR − MSE) / (MSR + (MSC − MSE)/n)
     * </pre>
     */
    AgreementFigures.Icc icc() {
        if (n < 2 || k < 2) {
            return AgreementFigures.Icc.NOT_COMPUTABLE;
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal bk = BigDecimal.valueOf(k);
        BigDecimal grand = BigDecimal.ZERO;
        BigDecimal sumSquares = BigDecimal.ZERO;
        BigDecimal[] rowSums = new BigDecimal[n];
        BigDecimal[] colSums = new BigDecimal[k];
        Arrays.fill(rowSums, BigDecimal.ZERO);
        Arrays.fill(colSums, BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                BigDecimal x = ratings[i][j];
                grand = grand.add(x);
                sumSquares = sumSquares.add(x.multiply(x));
                rowSums[i] = rowSums[i].add(x);
                colSums[j] = colSums[j].add(x);
            }
        }
        BigDecimal correction = grand.multiply(grand).divide(bn.multiply(bk), MC);
        BigDecimal ssTotal = sumSquares.subtract(correction);
        BigDecimal ssRows = sumOfSquares(rowSums).divide(bk, MC).subtract(correction);
        BigDecimal ssCols = sumOfSquares(colSums).divide(bn, MC).subtract(correction);
        BigDecimal ssError = ssTotal.subtract(ssRows).subtract(ssCols);

        BigDecimal msr = ssRows.divide(bn.subtract(BigDecimal.ONE), MC);
        BigDecimal msc = ssCols.divide(bk.subtract(BigDecimal.ONE), MC);
        BigDecimal mse = ssError.divide(bn.subtract(BigDecimal.ONE).multiply(bk.subtract(BigDecimal.ONE)), MC);

        BigDecimal numerator = msr.subtract(mse);
        BigDecimal columnTerm = msc.subtract(mse).divide(bn, MC);
        BigDecimal single = msr.add(bk.subtract(BigDecimal.ONE).multiply(mse)).add(bk.multiply(columnTerm));
        BigDecimal average = msr.add(columnTerm);
        return new AgreementFigures.Icc(ratio(numerator, single), ratio(numerator, average));
    }

    /**
     * Kendall's coefficient of concordance with the correction for ties:
     * W = 12·S / (m²(n³ − n) − m·ΣT), T = Σ(t³ − t) over each rater's groups of tied ranks.
     */
    Optional<BigDecimal> kendallW() {
        if (n < 2 || k < 2) {
            return Optional.empty();
        }
        BigDecimal[] rankSums = new BigDecimal[n];
        Arrays.fill(rankSums, BigDecimal.ZERO);
        long ties = 0;
        for (int j = 0; j < k; j++) {
            BigDecimal[] column = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                column[i] = ratings[i][j];
            }
            Ranks ranks = Ranks.of(column);
            ties += ranks.tieCorrection();
            for (int i = 0; i < n; i++) {
                rankSums[i] = rankSums[i].add(ranks.rank(i));
            }
        }
        BigDecimal meanRankSum = BigDecimal.valueOf((long) k * (n + 1)).divide(BigDecimal.valueOf(2));
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal r : rankSums) {
            BigDecimal d = r.subtract(meanRankSum);
            s = s.add(d.multiply(d));
        }
        long m = k;
        long denominator = m * m * ((long) n * n * n - n) - m * ties;
        return ratio(s.multiply(BigDecimal.valueOf(12)), BigDecimal.valueOf(denominator));
    }

    private static BigDecimal sumOfSquares(BigDecimal[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v.multiply(v));
        }
        return sum;
    }

    private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(denominator, MC).setScale(RESULT_SCALE, RoundingMode.HALF_UP));
    }

    /** Ascending ranks 1..n of one rater's values, ties given the mean of their ranks. */
    private record Ranks(BigDecimal[] ranks, long tieCorrection) {

        static Ranks of(BigDecimal[] values) {
            int n = values.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> values[a].compareTo(values[b]));
            BigDecimal[] ranks = new BigDecimal[n];
            long correction = 0;
            int start = 0;
            while (start < n) {
                int end = start;
                while (end + 1 < n && values[order[end + 1]].compareTo(values[order[start]]) == 0) {
                    end++;
                }
                // Positions start..end (0-based) share the mean of ranks start+1..end+1.
                BigDecimal shared = BigDecimal.valueOf(start + 1 + end + 1).divide(BigDecimal.valueOf(2));
                for (int p = start; p <= end; p++) {
                    ranks[order[p]] = shared;
                }
                long t = end - start + 1;
                correction += t * t * t - t;
                start = end + 1;
            }
            return new Ranks(ranks, correction);
        }

        BigDecimal rank(int i) {
            return ranks[i];
        }
    }
}
