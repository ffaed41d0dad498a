package com.parkreview.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The kits issued from this database, and the experts' public keys pinned at their first import. */
public interface KitRepository {

    void issue(IssuedKit kit);

    /** Takes back a kit whose file could not be written: no expert has it, so it counts nowhere. */
    void withdraw(UUID kitId, String why);

    Optional<IssuedKit> find(UUID kitId);

    /** The key an expert's files must carry, once the first was imported. */
    Optional<ExpertKey> pinnedKey(long expertId);

    /** The experts (of any session) whose files are signed with this key. */
    List<Long> expertsWithKey(ExpertKey key);

    void pinKey(long expertId, ExpertKey key);

    /** How many kits were handed out to this expert. */
    int issuedTo(long expertId);

    /** How many kits were handed out in this session. */
    int issuedIn(long sessionId);

    /** How many kits were handed out in this session at or after this moment. */
    int issuedInSince(long sessionId, Instant since);
}
