package com.parkreview.app.review;

import com.parkreview.scoring.LocalizedText;
import java.util.Optional;

/**
 * Use case: verify a store — the history's chain replayed against every table ({@link ChainCheck}),
 * and whether an older copy could have been put in its place unseen (its head marker missing or
 * not ParkReview's at an open since the last verify). The command line's {@code verify} and the
 * window's Tools › Verify both call it. Once reported here, that doubt is let go.
 */
public final class HistoryVerification {

    /** The check, and the doubt about the marker when there is one: whole, but not wholly checked. */
    public record Result(ChainCheck check, Optional<LocalizedText> unchecked) {

        /** Intact, and checked against the marker too. */
        public boolean whollyIntact() {
            return check.intact() && unchecked.isEmpty();
        }
    }

    private final OpenStore store;

    public HistoryVerification(OpenStore store) {
        this.store = store;
    }

    public Result run() {
        ChainCheck check = store.read(s -> s.history().verify());
        Optional<LocalizedText> unchecked = store.markerWarning();
        if (check.intact() && unchecked.isPresent()) {
            store.markerDoubtReported();
        }
        return new Result(check, unchecked);
    }
}
