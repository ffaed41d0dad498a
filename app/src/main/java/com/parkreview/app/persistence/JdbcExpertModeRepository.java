package com.parkreview.app.persistence;

import com.parkreview.app.review.ExpertKey;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.ExpertModeRepository;
import java.util.Optional;
import java.util.UUID;

/** Expert mode in H2: one row, written once, with its entry in the history (the fingerprint, not the key). */
final class JdbcExpertModeRepository implements ExpertModeRepository {

    static final String ENTITY = "expert_mode";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcExpertModeRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public Optional<ExpertMode> current() {
        return jdbc.one("SELECT m.kit_id, m.session_id, m.expert_id, e.code, m.public_key, m.opened_at, "
                        + "m.kit_head_seq, m.kit_head_hash FROM expert_mode m JOIN expert e ON e.id = m.expert_id",
                row -> {
                    Optional<Long> headSeq = Jdbc.id(row, "kit_head_seq");
                    Optional<HistoryHead> kitHead = Jdbc.text(row, "kit_head_hash")
                            .map(hash -> new HistoryHead(headSeq.orElseThrow(), hash));
                    return new ExpertMode(row.getObject("kit_id", UUID.class), row.getLong("session_id"),
                            row.getLong("expert_id"), row.getString("code"), new ExpertKey(row.getString("public_key")),
                            Jdbc.instant(row, "opened_at").orElseThrow(), kitHead);
                });
    }

    @Override
    public void enter(ExpertMode mode, String privateKey) {
        jdbc.update("INSERT INTO expert_mode (id, kit_id, session_id, expert_id, public_key, private_key, opened_at, "
                        + "kit_head_seq, kit_head_hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                mode.kitId(), mode.sessionId(), mode.expertId(), mode.key().encoded(), privateKey, mode.openedAt(),
                mode.kitHistoryHead().map(HistoryHead::seq), mode.kitHistoryHead().map(HistoryHead::hash));
        history.touched("expert_mode", 1);
        history.created(ENTITY, mode.expertId(), "kit=" + mode.kitId() + " session=" + mode.sessionId() + " expert="
                + mode.expertCode() + " key=" + mode.fingerprint());
    }

    @Override
    public Optional<String> privateKey() {
        return jdbc.one("SELECT private_key FROM expert_mode", row -> row.getString(1));
    }
}
