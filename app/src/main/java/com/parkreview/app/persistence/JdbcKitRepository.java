package com.parkreview.app.persistence;

import com.parkreview.app.review.ExpertKey;
import com.parkreview.app.review.HistoryRepository;
import com.parkreview.app.review.IssuedKit;
import com.parkreview.app.review.KitRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issued kits and pinned keys in H2; both are written to the history. */
final class JdbcKitRepository implements KitRepository {

    static final String KIT = "kit";
    static final String KEY = "expert_key";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcKitRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public void issue(IssuedKit kit) {
        jdbc.update("INSERT INTO expert_kit (kit_id, session_id, expert_id, issued_at) VALUES (?, ?, ?, ?)",
                kit.kitId(), kit.sessionId(), kit.expertId(), kit.issuedAt());
        history.touched("expert_kit", kit.kitId());
        history.created(KIT, kit.kitId(), "session=" + kit.sessionId() + " expert=" + kit.expertId());
    }

    @Override
    public void withdraw(UUID kitId, String why) {
        jdbc.update("DELETE FROM expert_kit WHERE kit_id = ?", kitId);
        history.touched("expert_kit", kitId);
        history.record("withdraw", KIT, kitId, "", Optional.empty(), Optional.of(why));
    }

    @Override
    public Optional<IssuedKit> find(UUID kitId) {
        return jdbc.one("SELECT kit_id, session_id, expert_id, issued_at FROM expert_kit WHERE kit_id = ?",
                JdbcKitRepository::kit, kitId);
    }

    @Override
    public Optional<ExpertKey> pinnedKey(long expertId) {
        return jdbc.one("SELECT public_key FROM expert_key WHERE expert_id = ?", row -> new ExpertKey(row.getString(1)),
                expertId);
    }

    @Override
    public List<Long> expertsWithKey(ExpertKey key) {
        return jdbc.list("SELECT expert_id FROM expert_key WHERE public_key = ? ORDER BY expert_id",
                row -> row.getLong(1), key.encoded());
    }

    @Override
    public void pinKey(long expertId, ExpertKey key) {
        jdbc.update("INSERT INTO expert_key (expert_id, public_key, fingerprint, pinned_at) VALUES (?, ?, ?, ?)",
                expertId, key.encoded(), key.fingerprint(), history.now());
        history.touched("expert_key", expertId);
        history.record("pin", KEY, expertId, "public_key", Optional.empty(),
                Optional.of(key.fingerprint() + " " + key.encoded()));
    }

    @Override
    public boolean issuedSinceKeyPinned(UUID kitId, long expertId) {
        // by the history's order, not the clock: two moments in one tick, or a laptop's clock, cannot swap them
        long pinned = jdbc.one("SELECT MAX(seq) FROM history WHERE entity = ? AND entity_id = ? AND action IN ('pin', 'replace')",
                row -> row.getLong(1), KEY, String.valueOf(expertId)).orElse(0L);
        long issued = jdbc.one("SELECT MIN(seq) FROM history WHERE entity = ? AND entity_id = ? AND action = 'create'",
                row -> row.getLong(1), KIT, kitId.toString()).orElse(0L);
        return pinned > 0 && issued > pinned;
    }

    @Override
    public void replaceKey(long expertId, ExpertKey pinned, ExpertKey key, UUID kitId) {
        jdbc.update("UPDATE expert_key SET public_key = ?, fingerprint = ?, pinned_at = ? WHERE expert_id = ?",
                key.encoded(), key.fingerprint(), history.now(), expertId);
        history.touched("expert_key", expertId);
        history.record("replace", KEY, expertId, "public_key", Optional.of(pinned.fingerprint()),
                Optional.of(key.fingerprint() + " " + key.encoded() + " kit=" + kitId));
    }

    private static IssuedKit kit(ResultSet row) throws SQLException {
        return new IssuedKit(row.getObject("kit_id", UUID.class), row.getLong("session_id"), row.getLong("expert_id"),
                Jdbc.instant(row, "issued_at").orElseThrow());
    }

    /**
     * A kit counts as handed out unless its export ended between recording it and saying its file
     * was written (the notes {@code kit_writing} without {@code kit_written}): a tester's kill -9
     * there left a kit that no expert held keeping the expert from being removed, and every
     * correction saying a kit showed the session as it was.
     */
    private static final String UNWRITTEN = "EXISTS (SELECT 1 FROM history w WHERE w.entity = '"
            + HistoryRepository.NOTE + "' AND w.action = '" + KitRepository.WRITING_NOTE + "' "
            + "AND w.entity_id = CONCAT('" + KitRepository.NOTE_SUBJECT + "', CAST(k.kit_id AS VARCHAR(36))) "
            + "AND NOT EXISTS (SELECT 1 FROM history d WHERE d.entity = w.entity AND d.action = '"
            + KitRepository.WRITTEN_NOTE + "' AND d.entity_id = w.entity_id))";
    private static final String HANDED_OUT = " AND NOT " + UNWRITTEN;

    @Override
    public List<UUID> unwrittenTo(long expertId) {
        return jdbc.list("SELECT kit_id FROM expert_kit k WHERE k.expert_id = ? AND " + UNWRITTEN + " ORDER BY issued_at",
                row -> row.getObject(1, UUID.class), expertId);
    }

    @Override
    public int issuedTo(long expertId) {
        return jdbc.one("SELECT COUNT(*) FROM expert_kit k WHERE k.expert_id = ?" + HANDED_OUT, row -> row.getInt(1),
                expertId).orElse(0);
    }

    @Override
    public int issuedIn(long sessionId) {
        return jdbc.one("SELECT COUNT(*) FROM expert_kit k WHERE k.session_id = ?" + HANDED_OUT, row -> row.getInt(1),
                sessionId).orElse(0);
    }

    @Override
    public int issuedInSince(long sessionId, Instant since) {
        return jdbc.one("SELECT COUNT(*) FROM expert_kit k WHERE k.session_id = ? AND k.issued_at >= ?" + HANDED_OUT,
                row -> row.getInt(1), sessionId, since).orElse(0);
    }
}
