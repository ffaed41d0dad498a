package com.parkreview.app.review;

import java.util.List;

/**
 * What importing one score file did, by applicant code: sheets imported (new, or filling a
 * draft), already there and identical (skipped), superseding a different signed sheet (a
 * re-review's answer), recusals declared and recusals already known.
 */
public record ImportOutcome(
        String expertCode,
        String expertName,
        long sessionId,
        ExpertKey key,
        boolean keyPinnedNow,
        List<String> imported,
        List<String> unchanged,
        List<String> superseded,
        List<String> recusals,
        List<String> recusalsUnchanged) {

    public ImportOutcome {
        imported = List.copyOf(imported);
        unchanged = List.copyOf(unchanged);
        superseded = List.copyOf(superseded);
        recusals = List.copyOf(recusals);
        recusalsUnchanged = List.copyOf(recusalsUnchanged);
    }

    /** Whether the import changed anything besides pinning the key. */
    public boolean changedSheets() {
        return !imported.isEmpty() || !superseded.isEmpty() || !recusals.isEmpty();
    }
}
