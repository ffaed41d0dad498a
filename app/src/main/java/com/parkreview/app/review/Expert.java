package com.parkreview.app.review;

import java.time.Instant;
import java.util.Optional;

/** A panel member of a session. {@code code} is the short id (E1) in files and commands. */
public record Expert(
        long id,
        long sessionId,
        String code,
        String name,
        String organisation,
        ExpertRole role,
        boolean groupLeader,
        int position,
        Optional<String> keyFingerprint,
        Optional<Instant> pledgeConfirmedAt) {
}
