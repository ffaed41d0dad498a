package com.parkreview.app.persistence;

import com.parkreview.app.persistence.dump.ColumnValues;
import com.parkreview.app.persistence.dump.Row;
import com.parkreview.app.persistence.dump.TableCatalog;
import com.parkreview.app.persistence.dump.TableRows;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.HistoryEntry;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Appends entries to the history within the current transaction, chaining each to the one
 * before. Appends are serialised ({@link Database} runs one write at a time, {@link ServerDatabase}
 * one append at a time), so reading the last entry and appending the next cannot interleave.
 *
 * <p>Two kinds of entry: what a person did, in words ({@code change sheet 12 score:1.1 3 → 4}),
 * and the row journal: each row a transaction inserted, changed or deleted, as it stands at the
 * commit ({@link Row#image}), so that replaying the journal gives every table as it must be
 * ({@link JournalCheck}). A repository that writes a row says so with {@link #touched}.
 */
final class HistoryWriter {

    /** The action of a journal entry written at a change, and of one written when a file was first journaled. */
    static final String ROW = "row";
    static final String BASELINE = "baseline";

    private record Touched(String table, List<String> key) {
    }

    private final Jdbc jdbc;
    private final Optional<Actor> actor;
    private final Instant now;
    private final TableShapes shapes;
    private final Set<Touched> touched = new LinkedHashSet<>();
    private final Runnable beforeAppending;
    private Optional<HeadMarker.Head> written = Optional.empty();

    HistoryWriter(Jdbc jdbc, Optional<Actor> actor, Instant now, TableShapes shapes) {
        this(jdbc, actor, now, shapes, () -> { });
    }

    /** {@code beforeAppending} is run once, before the first entry is appended: where a shared store's writer waits its turn. */
    HistoryWriter(Jdbc jdbc, Optional<Actor> actor, Instant now, TableShapes shapes, Runnable beforeAppending) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.now = now;
        this.shapes = shapes;
        this.beforeAppending = beforeAppending;
    }

    /** A writer for reading the history only. */
    static HistoryWriter reading(Jdbc jdbc) {
        return new HistoryWriter(jdbc, Optional.empty(), Instant.EPOCH, new TableShapes());
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

    /** Every entry, oldest first. */
    List<HistoryEntry> all() {
        return jdbc.list("SELECT " + JdbcHistoryRepository.COLUMNS + " FROM history ORDER BY seq",
                JdbcHistoryRepository::entry);
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

    /** A row of {@code table} with this key was inserted, changed or deleted in this transaction. */
    void touched(String table, Object... key) {
        TableCatalog.Table known = TableCatalog.get(table);
        if (key.length != known.key().size()) {
            throw new IllegalArgumentException(table + " is keyed by " + known.key());
        }
        touched.add(new Touched(table, Arrays.stream(key).map(ColumnValues::text).toList()));
    }

    /** Journals every row touched, as it stands now: called once, just before the commit. */
    void journalTouchedRows() {
        try {
            for (Touched row : touched) {
                TableCatalog.Table table = TableCatalog.get(row.table());
                Optional<Row> now = TableRows.find(jdbc.connection(), table, shapes.columns(jdbc.connection(), table),
                        row.key());
                record(ROW, row.table(), String.join("/", row.key()), "", Optional.empty(), now.map(r -> r.image(table)));
            }
            touched.clear();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
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
        if (written.isEmpty()) {
            beforeAppending.run();
        }
        // after this transaction's first entry, the newest is the one it wrote (appends are serialised)
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
