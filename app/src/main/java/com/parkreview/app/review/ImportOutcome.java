package com.parkreview.app.review;

import java.util.List;
import java.util.Optional;

/**
 * What importing one score file did, by applicant code: sheets imported (new, or filling a
 * draft), already there and identical (skipped), answering a re-review that was ordered (filling
 * the next round's draft), recusals declared and recusals already known; the key pinned now, or
 * the one it replaced (a file of a kit issued after the key was pinned: {@link ExpertKeyPin}).
 */
public record ImportOutcome(
        String expertCode,
        String expertName,
        long sessionId,
        ExpertKey key,
        boolean keyPinnedNow,
        Optional<ExpertKey> keyReplaced,
        List<String> imported,
        List<String> unchanged,
        List<String> reReviewsAnswered,
        List<String> recusals,
        List<String> recusalsUnchanged,
        List<String> draftsReplaced) {

    public ImportOutcome {
        imported = List.copyOf(imported);
        unchanged = List.copyOf(unchanged);
        reReviewsAnswered = List.copyOf(reReviewsAnswered);
        recusals = List.copyOf(recusals);
        recusalsUnchanged = List.copyOf(recusalsUnchanged);
        draftsReplaced = List.copyOf(draftsReplaced);
    }

    /** Whether the import changed anything besides pinning the key. */
    public boolean changedSheets() {
        return !imported.isEmpty() || !reReviewsAnswered.isEmpty() || !recusals.isEmpty();
    }
}
