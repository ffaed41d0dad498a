package com.parkreview.reports.data;

import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One expert's sheet for one applicant in one round: a score per indicator code, an optional
 * comment per indicator, the overall opinion (评价意见), its status and, once signed, when.
 * Round 1 is the first scoring; a re-review (复评) gives the next round and supersedes the sheet
 * before it. A sheet typed in from the expert's signed paper says so, and whether its two entries
 * agree ({@code paperEntry}): no electronic signature is claimed for it (a tester's round 11 was
 * handed a sheet typed once, unchecked, marked 电子签名状态：已签名).
 */
public record ScoreSheet(
        String applicantId,
        String expertId,
        int round,
        SheetStatus status,
        Map<String, BigDecimal> scores,
        Map<String, String> comments,
        String opinion,
        Optional<LocalDateTime> signedAt,
        Optional<String> paperEntry) {

    public ScoreSheet {
        Ids.require(applicantId, "applicant");
        Ids.require(expertId, "expert");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more: " + round);
        }
        if (status == null) {
            throw new IllegalArgumentException("sheet status is required");
        }
        if (scores == null || scores.isEmpty()) {
            throw new IllegalArgumentException("sheet of " + expertId + " for " + applicantId + " has no scores");
        }
        scores.forEach((code, score) -> {
            if (score == null || score.signum() < 0) {
                throw new IllegalArgumentException("score of " + code + " must be 0 or more: " + score);
            }
        });
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        comments = comments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(comments));
        for (String code : comments.keySet()) {
            if (!scores.containsKey(code)) {
                throw new IllegalArgumentException("comment on " + code + ", which the sheet does not score");
            }
        }
        opinion = opinion == null ? "" : opinion;
        signedAt = signedAt == null ? Optional.empty() : signedAt;
        paperEntry = paperEntry == null ? Optional.empty() : paperEntry;
        if (status == SheetStatus.SIGNED && opinion.isBlank()) {
            throw new IllegalArgumentException(
                    "sheet of " + expertId + " for " + applicantId + " is signed without an opinion (rule 10)");
        }
    }

    /** A sheet signed electronically (or not yet signed): no paper entry. */
    public ScoreSheet(String applicantId, String expertId, int round, SheetStatus status, Map<String, BigDecimal> scores,
            Map<String, String> comments, String opinion, Optional<LocalDateTime> signedAt) {
        this(applicantId, expertId, round, status, scores, comments, opinion, signedAt, Optional.empty());
    }

    /** The expert total (rule 3): the exact sum of the indicator scores. */
    public BigDecimal total() {
        return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal score(String indicatorCode) {
        BigDecimal score = scores.get(indicatorCode);
        if (score == null) {
            throw new IllegalArgumentException(
                    "sheet of " + expertId + " for " + applicantId + " has no score for " + indicatorCode);
        }
        return score;
    }

    /** The comment on an indicator, or an empty string. */
    public String comment(String indicatorCode) {
        return comments.getOrDefault(indicatorCode, "");
    }

    /** The sheet as the scoring model merges it. */
    public ExpertSheet toExpertSheet() {
        return ExpertSheet.scored(expertId, scores);
    }

    /**
     * Refuses a sheet that does not score exactly the programme's indicators, each within 0 and
     * its maximum in the session's step (rule 2): a printed sheet never shows a score the entry
     * would have refused.
     */
    public void requireAllowedBy(ProgrammeSettings settings) {
        Rubric rubric = settings.rubric();
        if (!scores.keySet().equals(rubric.indicatorCodes())) {
            throw new IllegalArgumentException("sheet of " + expertId + " for " + applicantId + " scores "
                    + scores.keySet() + ", the rubric has " + rubric.indicatorCodes());
        }
        for (Indicator indicator : rubric.indicators()) {
            BigDecimal score = scores.get(indicator.code());
            if (!ScoreEntry.isAllowed(indicator, score, settings.precision())) {
                throw new IllegalArgumentException("sheet of " + expertId + " for " + applicantId + ": " + score
                        + " on " + indicator.code() + " is not 0–" + indicator.max().toPlainString() + " in steps of "
                        + settings.precision().label());
            }
        }
    }
}
