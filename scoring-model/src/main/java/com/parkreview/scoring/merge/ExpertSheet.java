package com.parkreview.scoring.merge;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One expert's scores for one applicant, by indicator code, or the expert's recusal (回避) from
 * that applicant. A recused expert is not valid for the applicant (rule 4). A recusal found out
 * after the expert signed keeps the total of the sheet it set aside: the panel must see it.
 */
public record ExpertSheet(String expertId, boolean recused, Map<String, BigDecimal> scores,
        Optional<BigDecimal> setAsideTotal) {

    public ExpertSheet {
        if (expertId == null || expertId.isBlank()) {
            throw new IllegalArgumentException("expertId must not be blank");
        }
        if (recused && !scores.isEmpty()) {
            throw new IllegalArgumentException("a recused expert has no scores: " + expertId);
        }
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        setAsideTotal = setAsideTotal == null ? Optional.empty() : setAsideTotal;
        if (!recused && setAsideTotal.isPresent()) {
            throw new IllegalArgumentException("only a recusal sets a sheet aside: " + expertId);
        }
    }

    public ExpertSheet(String expertId, boolean recused, Map<String, BigDecimal> scores) {
        this(expertId, recused, scores, Optional.empty());
    }

    public static ExpertSheet scored(String expertId, Map<String, BigDecimal> scores) {
        return new ExpertSheet(expertId, false, scores);
    }

    public static ExpertSheet recusal(String expertId) {
        return new ExpertSheet(expertId, true, Map.of());
    }

    /** A recusal recorded after the expert signed a sheet of this total, which no longer counts. */
    public static ExpertSheet recusalAfterSigning(String expertId, BigDecimal signedTotal) {
        return new ExpertSheet(expertId, true, Map.of(), Optional.of(signedTotal));
    }

    /** The expert total (rule 3): the exact sum of the indicator scores. */
    public BigDecimal total() {
        return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal score(String indicatorCode) {
        BigDecimal score = scores.get(indicatorCode);
        if (score == null) {
            throw new IllegalArgumentException("no score for " + indicatorCode + " from " + expertId);
        }
        return score;
    }
}
