package com.parkreview.scoring.session;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Inter-rater agreement over the session's complete applicants (every expert of the panel
 * scored them): ICC(A,1) and ICC(A,k), two-way absolute agreement, on expert totals and per
 * indicator, and Kendall's W on the totals. A figure is absent when it is not computable: fewer
 * than two complete applicants or experts, or no variance to measure.
 */
public record AgreementFigures(
        int applicants,
        int experts,
        Icc totals,
        Optional<BigDecimal> kendallW,
        Map<String, Icc> byIndicator) {

    /** The two ICC forms for one set of ratings, 4 decimals. */
    public record Icc(Optional<BigDecimal> single, Optional<BigDecimal> average) {
        public static final Icc NOT_COMPUTABLE = new Icc(Optional.empty(), Optional.empty());
    }

    public AgreementFigures {
        byIndicator = Collections.unmodifiableMap(new LinkedHashMap<>(byIndicator));
    }

    public boolean computable() {
        return applicants >= AgreementCalculator.MINIMUM_APPLICANTS && experts >= 2;
    }
}
