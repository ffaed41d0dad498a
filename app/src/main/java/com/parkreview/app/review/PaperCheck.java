package com.parkreview.app.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The second entry of a sheet typed in from paper: the scores a second person typed, by indicator. */
public record PaperCheck(long sheetId, Map<String, BigDecimal> scores, String enteredBy, Instant enteredAt) {

    public PaperCheck {
        scores = Map.copyOf(scores);
    }
}
