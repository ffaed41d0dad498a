package com.parkreview.app.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Second entries of paper sheets; a new second entry replaces the one before (the history keeps both). */
public interface PaperCheckRepository {

    void record(long sheetId, Map<String, BigDecimal> scores, String enteredBy);

    Optional<PaperCheck> find(long sheetId);

    List<PaperCheck> forSession(long sessionId);
}
