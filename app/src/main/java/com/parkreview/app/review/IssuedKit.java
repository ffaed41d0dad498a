package com.parkreview.app.review;

import java.time.Instant;
import java.util.UUID;

/** A kit the secretary handed to an expert: a score file naming its id speaks for that expert in that session. */
public record IssuedKit(UUID kitId, long sessionId, long expertId, Instant issuedAt) {
}
