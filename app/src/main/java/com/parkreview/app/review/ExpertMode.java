package com.parkreview.app.review;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * This database is an expert's own copy of a session, opened from a kit: only that expert's
 * sheets can be edited here, and the expert's score files are signed with the key made when
 * the kit was opened.
 */
public record ExpertMode(UUID kitId, long sessionId, long expertId, String expertCode, ExpertKey key,
        Instant openedAt, Optional<HistoryHead> kitHistoryHead) {

    public ExpertMode {
        kitHistoryHead = kitHistoryHead == null ? Optional.empty() : kitHistoryHead;
    }

    /** A mode from a kit that carries no history head (kits of earlier versions). */
    public ExpertMode(UUID kitId, long sessionId, long expertId, String expertCode, ExpertKey key, Instant openedAt) {
        this(kitId, sessionId, expertId, expertCode, key, openedAt, Optional.empty());
    }

    public String fingerprint() {
        return key.fingerprint();
    }
}
