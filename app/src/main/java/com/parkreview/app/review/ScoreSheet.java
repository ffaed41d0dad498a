package com.parkreview.app.review;

import com.parkreview.scoring.merge.ExpertSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One expert's sheet for one applicant in one round, as stored. Entries are in rubric order. */
public record ScoreSheet(
        long id,
        long expertId,
        long applicantId,
        int round,
        SheetStatus status,
        SheetOrigin origin,
        List<IndicatorEntry> entries,
        String opinion,
        Optional<Instant> signedAt,
        Instant createdAt) {

    public ScoreSheet {
        entries = List.copyOf(entries);
    }

    public Optional<IndicatorEntry> entry(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<BigDecimal> score(String code) {
        return entry(code).flatMap(IndicatorEntry::score);
    }

    /** Every indicator scored. */
    public boolean complete() {
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.score().isPresent());
    }

    /** The sum of the scores typed so far. */
    public BigDecimal total() {
        return entries.stream().map(IndicatorEntry::score).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean editable() {
        return status == SheetStatus.DRAFT;
    }

    /** The scores as the merge takes them; only for a complete sheet. */
    public ExpertSheet toExpertSheet(String expertCode) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (IndicatorEntry entry : entries) {
            scores.put(entry.code(), entry.score().orElseThrow(
                    () -> new IllegalStateException("sheet " + id + " has no score for " + entry.code())));
        }
        return ExpertSheet.scored(expertCode, scores);
    }
}
