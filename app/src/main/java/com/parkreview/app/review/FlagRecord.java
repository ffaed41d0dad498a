package com.parkreview.app.review;

import java.time.Instant;
import java.util.Optional;

/**
 * A deviation flag found on an applicant's sheets ({@code sheetsKey} names the sheets it was
 * computed on, so that a resolution holds for those sheets only) and its resolution, if any.
 */
public record FlagRecord(
        long id,
        long applicantId,
        String flagCode,
        String sheetsKey,
        String explanation,
        Instant detectedAt,
        Optional<FlagResolution> resolution) {

    public boolean resolved() {
        return resolution.isPresent();
    }

    /**
     * The expert an outlier flag is about, from its code ({@code expert_outlier:E5},
     * {@code indicator_outlier:E5:3.1}); none for a flag about the whole panel (a tier split).
     */
    public Optional<String> expertCode() {
        String[] parts = flagCode.split(":");
        return parts.length > 1 && parts[0].endsWith("_outlier") ? Optional.of(parts[1]) : Optional.empty();
    }
}
