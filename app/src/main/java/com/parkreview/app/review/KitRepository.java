package com.parkreview.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The kits issued from this database, and the experts' public keys pinned at their first import. */
public interface KitRepository {

    /** The history's note of a kit file written, with the SHA-256 of its bytes. */
    String WRITTEN_NOTE = "kit_written";
    /**
     * The history's note, made with the kit's issue, that its file is yet to be written: a kit with
     * this note and no {@link #WRITTEN_NOTE} was issued by an export that ended before it could say
     * its file was written (killed, the machine off), and is not counted as handed out.
     */
    String WRITING_NOTE = "kit_writing";
    /** What the notes about a kit are about: this, then the kit's id. */
    String NOTE_SUBJECT = "expert_kit:";

    void issue(IssuedKit kit);

    /** Takes back a kit whose file could not be written: no expert has it, so it counts nowhere. */
    void withdraw(UUID kitId, String why);

    Optional<IssuedKit> find(UUID kitId);

    /** The key an expert's files must carry, once the first was imported. */
    Optional<ExpertKey> pinnedKey(long expertId);

    /** The experts (of any session) whose files are signed with this key. */
    List<Long> expertsWithKey(ExpertKey key);

    void pinKey(long expertId, ExpertKey key);

    /** Whether the kit was issued after the expert's key was pinned (or last replaced), in the history's order. */
    boolean issuedSinceKeyPinned(UUID kitId, long expertId);

    /** Replaces the expert's {@code pinned} key with the one a file of a kit issued since brought. */
    void replaceKey(long expertId, ExpertKey pinned, ExpertKey key, UUID kitId);

    /** The kits issued to this expert whose export ended before it said their file was written. */
    List<UUID> unwrittenTo(long expertId);

    /** How many kits were handed out to this expert (an export that never said its file was written counts nowhere). */
    int issuedTo(long expertId);

    /** How many kits were handed out in this session. */
    int issuedIn(long sessionId);

    /** How many kits were handed out in this session at or after this moment. */
    int issuedInSince(long sessionId, Instant since);
}
