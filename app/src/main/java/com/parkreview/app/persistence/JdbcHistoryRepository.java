package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.HistoryRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history as stored, and its verification: the chain of hashes re-computed entry by entry,
 * then the sheets' current scores, comments, opinions and status compared with the last value
 * the history gives for each, so that a change made to the file outside ParkReview is found
 * whether or not it touched the history.
 */
final class JdbcHistoryRepository implements HistoryRepository {

    private static final String COLUMNS =
            "seq, at, actor, action, entity, entity_id, field, old_value, new_value, prev_hash, hash";

    private final Jdbc jdbc;

    JdbcHistoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HistoryEntry> forEntity(String entity, String entityId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM history WHERE entity = ? AND entity_id = ? ORDER BY seq",
                JdbcHistoryRepository::entry, entity, entityId);
    }

    @Override
    public List<HistoryEntry> latest(int count) {
        return jdbc.list("SELECT " + COLUMNS + " FROM history ORDER BY seq DESC LIMIT ?",
                JdbcHistoryRepository::entry, count);
    }

    @Override
    public long count() {
        return jdbc.one("SELECT COUNT(*) FROM history", row -> row.getLong(1)).orElse(0L);
    }

    @Override
    public ChainCheck verify() {
        List<HistoryEntry> entries = jdbc.list("SELECT " + COLUMNS + " FROM history ORDER BY seq",
                JdbcHistoryRepository::entry);
        String previous = HistoryEntry.GENESIS;
        long expectedSeq = 1;
        Map<String, Optional<String>> lastValues = new HashMap<>();
        for (HistoryEntry entry : entries) {
            if (entry.seq() != expectedSeq) {
                return broken(entries.size(), expectedSeq, AppText.of("verify.missingEntry", expectedSeq));
            }
            if (!entry.previousHash().equals(previous)) {
                return broken(entries.size(), entry.seq(), AppText.of("verify.chainBroken", entry.seq()));
            }
            if (!entry.expectedHash().equals(entry.hash())) {
                return broken(entries.size(), entry.seq(), AppText.of("verify.entryChanged", entry.seq(),
                        entry.entity(), entry.entityId(), entry.field()));
            }
            previous = entry.hash();
            expectedSeq++;
            if (entry.entity().equals(JdbcSheetRepository.ENTITY) && !entry.field().isEmpty()) {
                lastValues.put(entry.entityId() + "|" + entry.field(), entry.newValue());
            }
        }
        return compareSheets(entries.size(), lastValues);
    }

    private ChainCheck compareSheets(long entryCount, Map<String, Optional<String>> lastValues) {
        record Value(String key, Optional<String> current) {
        }
        List<Value> current = new java.util.ArrayList<>();
        current.addAll(jdbc.list("SELECT sheet_id, indicator_code, score, comment FROM sheet_score", row -> {
            String sheet = row.getString("sheet_id");
            String code = row.getString("indicator_code");
            return List.of(
                    new Value(sheet + "|" + JdbcSheetRepository.scoreField(code),
                            Jdbc.decimal(row, "score").map(d -> d.stripTrailingZeros().toPlainString())),
                    new Value(sheet + "|" + JdbcSheetRepository.commentField(code),
                            nonEmpty(row.getString("comment"))));
        }).stream().flatMap(List::stream).toList());
        current.addAll(jdbc.list("SELECT id, opinion, status FROM score_sheet", row -> List.of(
                new Value(row.getString("id") + "|opinion", nonEmpty(row.getString("opinion"))),
                new Value(row.getString("id") + "|status", Optional.of(row.getString("status")))))
                .stream().flatMap(List::stream).toList());
        for (Value value : current) {
            Optional<String> recorded = lastValues.getOrDefault(value.key(), defaultOf(value.key()));
            if (!recorded.equals(value.current())) {
                String[] parts = value.key().split("\\|", 2);
                return new ChainCheck(entryCount, Optional.of(new ChainCheck.Break(0,
                        AppText.of("verify.dataChanged", parts[0], parts[1],
                                value.current().orElse("—"), recorded.orElse("—")))));
            }
        }
        return new ChainCheck(entryCount, Optional.empty());
    }

    /** What a field holds before the history records any change of it: a new draft is empty. */
    private static Optional<String> defaultOf(String key) {
        return key.endsWith("|status") ? Optional.of("DRAFT") : Optional.empty();
    }

    private static Optional<String> nonEmpty(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static ChainCheck broken(long entries, long seq, com.parkreview.scoring.LocalizedText text) {
        return new ChainCheck(entries, Optional.of(new ChainCheck.Break(seq, text)));
    }

    private static HistoryEntry entry(ResultSet row) throws SQLException {
        return new HistoryEntry(row.getLong("seq"), Jdbc.instant(row, "at").orElseThrow(), row.getString("actor"),
                row.getString("action"), row.getString("entity"), row.getString("entity_id"), row.getString("field"),
                Jdbc.text(row, "old_value"), Jdbc.text(row, "new_value"), row.getString("prev_hash"),
                row.getString("hash"));
    }
}
