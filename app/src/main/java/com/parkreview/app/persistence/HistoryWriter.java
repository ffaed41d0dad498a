package com.parkreview.app.persistence;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.HistoryEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * Appends entries to the history within the current transaction, chaining each to the one
 * before. Writes are serialised by {@link Database}, so reading the last entry and appending
 * the next cannot interleave.
 */
final class HistoryWriter {

    private final Jdbc jdbc;
    private final Optional<Actor> actor;
    private final Instant now;
    private Optional<HeadMarker.Head> written = Optional.empty();

    HistoryWriter(Jdbc jdbc, Optional<Actor> actor, Instant now) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.now = now;
    }

    /** The newest entry this transaction appended, if any. */
    Optional<HeadMarker.Head> written() {
        return written;
    }

    /** The newest entry in the history, whoever wrote it. */
    Optional<HeadMarker.Head> newest() {
        return jdbc.one("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1",
                row -> new HeadMarker.Head(row.getLong("seq"), row.getString("hash")));
    }

    Optional<String> hashOf(long seq) {
        return jdbc.one("SELECT hash FROM history WHERE seq = ?", row -> row.getString(1), seq);
    }

    /** Who makes the changes of this write transaction. */
    Actor actor() {
        return actor.orElseThrow(() -> new IllegalStateException("a change outside a write transaction"));
    }

    /** The time of this transaction: every change in it carries the same instant. */
    Instant now() {
        return now;
    }

    void record(String action, String entity, Object entityId, String field, Optional<String> oldValue,
            Optional<String> newValue) {
        record(actor(), action, entity, entityId, field, oldValue, newValue);
    }

    void created(String entity, Object entityId, String description) {
        record("create", entity, entityId, "", Optional.empty(), Optional.of(description));
    }

    void changed(String entity, Object entityId, String field, Optional<String> oldValue, Optional<String> newValue) {
        if (!oldValue.equals(newValue)) {
            record("change", entity, entityId, field, oldValue, newValue);
        }
    }

    private void record(Actor who, String action, String entity, Object entityId, String field,
            Optional<String> oldValue, Optional<String> newValue) {
        // after this transaction's first entry, the newest is the one it wrote (writes are serialised)
        HeadMarker.Head last = written.or(this::newest).orElse(new HeadMarker.Head(0, HistoryEntry.GENESIS));
        long seq = last.seq() + 1;
        String id = String.valueOf(entityId);
        String hash = HistoryEntry.hash(last.hash(),
                HistoryEntry.canonical(seq, now, who.name(), action, entity, id, field, oldValue, newValue));
        jdbc.update("INSERT INTO history (seq, at, actor, action, entity, entity_id, field, old_value, new_value, "
                        + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, now, who.name(), action, entity, id, field, oldValue, newValue, last.hash(), hash);
        written = Optional.of(new HeadMarker.Head(seq, hash));
    }
}
