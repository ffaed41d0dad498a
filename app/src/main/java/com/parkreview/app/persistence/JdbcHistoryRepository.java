package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.HistoryRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The history as stored, and its verification: the chain of hashes re-computed entry by entry,
 * then the row journal replayed and compared with every table ({@link JournalCheck}) and each
 * table's identity counter with the keys the journal gave out ({@link IdentityCheck}), so that a
 * change made to the file outside ParkReview is found whether or not it touched the history.
 */
final class JdbcHistoryRepository implements HistoryRepository {

    static final String COLUMNS =
            "seq, at, actor, action, entity, entity_id, field, old_value, new_value, prev_hash, hash";

    private final Jdbc jdbc;
    private final HistoryWriter writer;

    JdbcHistoryRepository(Jdbc jdbc, HistoryWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Override
    public Optional<HistoryHead> head() {
        return writer.newest().map(h -> new HistoryHead(h.seq(), h.hash()));
    }

    @Override
    public boolean holds(HistoryHead head) {
        return writer.hashOf(head.seq()).filter(head.hash()::equals).isPresent();
    }

    @Override
    public Optional<String> hashOf(long seq) {
        return writer.hashOf(seq);
    }

    @Override
    public void note(String action, String subject, String description) {
        writer.record(action, NOTE, subject, "", Optional.empty(), Optional.of(description));
    }

    @Override
    public Optional<HistoryEntry> lastNote(String action, String subject) {
        return jdbc.one("SELECT " + COLUMNS + " FROM history WHERE entity = ? AND action = ? AND entity_id = ? "
                + "ORDER BY seq DESC LIMIT 1", JdbcHistoryRepository::entry, NOTE, action, subject);
    }

    @Override
    public List<HistoryEntry> forEntity(String entity, String entityId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM history WHERE entity = ? AND entity_id = ? "
                + "AND action NOT IN (?, ?) ORDER BY seq", JdbcHistoryRepository::entry, entity, entityId,
                HistoryWriter.ROW, HistoryWriter.BASELINE);
    }

    @Override
    public Optional<HistoryEntry> lastChangeOf(String entity, String entityId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM history WHERE entity = ? AND entity_id = ? ORDER BY seq DESC "
                + "LIMIT 1", JdbcHistoryRepository::entry, entity, entityId);
    }

    @Override
    public List<HistoryEntry> latest(int count) {
        return jdbc.list("SELECT " + COLUMNS + " FROM history WHERE action NOT IN (?, ?) ORDER BY seq DESC LIMIT ?",
                JdbcHistoryRepository::entry, HistoryWriter.ROW, HistoryWriter.BASELINE, count);
    }

    @Override
    public long count() {
        return jdbc.one("SELECT COUNT(*) FROM history", row -> row.getLong(1)).orElse(0L);
    }

    /**
     * The chain re-computed entry by entry (the first break is reported: every entry after it
     * breaks too), then the row journal replayed and compared with every table.
     */
    @Override
    public ChainCheck verify() {
        List<HistoryEntry> entries = writer.all();
        List<ChainCheck.Break> breaks = new ArrayList<>();
        long[] more = {0};
        Consumer<ChainCheck.Break> report = found -> {
            if (breaks.size() < ChainCheck.MAX_REPORTED) {
                breaks.add(found);
            } else {
                more[0]++;
            }
        };
        chain(entries).ifPresent(report);
        JournalCheck journal = new JournalCheck();
        entries.forEach(journal::replay);
        journal.compare(jdbc.connection(), report);
        IdentityCheck.compare(jdbc.connection(), journal, report);
        ServerSchema.codeAdded(jdbc.connection(), report);
        return new ChainCheck(entries.size(), breaks, more[0]);
    }

    private static Optional<ChainCheck.Break> chain(List<HistoryEntry> entries) {
        String previous = HistoryEntry.GENESIS;
        long expectedSeq = 1;
        for (HistoryEntry entry : entries) {
            if (entry.seq() != expectedSeq) {
                return Optional.of(new ChainCheck.Break(expectedSeq, AppText.of("verify.missingEntry", expectedSeq)));
            }
            if (!entry.previousHash().equals(previous)) {
                return Optional.of(new ChainCheck.Break(entry.seq(), AppText.of("verify.chainBroken", entry.seq())));
            }
            if (!entry.expectedHash().equals(entry.hash())) {
                return Optional.of(new ChainCheck.Break(entry.seq(), AppText.of("verify.entryChanged", entry.seq(),
                        entry.entity(), entry.entityId(), entry.field())));
            }
            previous = entry.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    static HistoryEntry entry(ResultSet row) throws SQLException {
        return new HistoryEntry(row.getLong("seq"), Jdbc.instant(row, "at").orElseThrow(), row.getString("actor"),
                row.getString("action"), row.getString("entity"), row.getString("entity_id"), row.getString("field"),
                Jdbc.text(row, "old_value"), Jdbc.text(row, "new_value"), row.getString("prev_hash"),
                row.getString("hash"));
    }
}
