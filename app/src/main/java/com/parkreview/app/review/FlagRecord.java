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
}
