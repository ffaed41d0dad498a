package com.parkreview.app.review;

import java.util.Map;

/** A paper sheet as typed in: whose, for whom, every indicator's score as written, and the expert's opinion. */
public record TypedSheet(long expertId, long applicantId, Map<String, String> scores, String opinion) {

    public TypedSheet {
        scores = Map.copyOf(scores);
        opinion = opinion == null ? "" : opinion;
    }
}
