package com.parkreview.app.review;

import java.math.BigDecimal;
import java.util.Optional;

/** One indicator's line on a sheet: its score (absent until typed) and the expert's comment. */
public record IndicatorEntry(String code, Optional<BigDecimal> score, String comment) {

    public IndicatorEntry {
        score = score == null ? Optional.empty() : score;
        comment = comment == null ? "" : comment;
    }
}
