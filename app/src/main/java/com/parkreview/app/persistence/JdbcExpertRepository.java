package com.parkreview.app.persistence;

import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRepository;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.Recusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Panels in H2: experts, pledges, recusals; changes are written to the history. */
final class JdbcExpertRepository implements ExpertRepository {

    static final String ENTITY = "expert";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcExpertRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public long add(long sessionId, NewExpert e) {
        int position = jdbc.one("SELECT COALESCE(MAX(position) + 1, 0) FROM expert WHERE session_id = ?", r -> r.getInt(1), sessionId)
                .orElse(0);
        long id = jdbc.insert("INSERT INTO expert (session_id, code, name, organisation, role, group_leader, position) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                sessionId, e.code(), e.name(), e.organisation(), e.role().name(), e.groupLeader(), position);
        history.touched("expert", id);
        history.created(ENTITY, id, "session=" + sessionId + " " + e.code() + " " + e.name() + " " + e.organisation()
                + " " + e.role().name() + (e.groupLeader() ? " 组长" : ""));
        return id;
    }

    @Override
    public List<Expert> list(long sessionId) {
        return jdbc.list("SELECT * FROM expert WHERE session_id = ? ORDER BY position", JdbcExpertRepository::expert,
                sessionId);
    }

    @Override
    public Optional<Expert> find(long id) {
        return jdbc.one("SELECT * FROM expert WHERE id = ?", JdbcExpertRepository::expert, id);
    }

    @Override
    public Optional<Expert> findByCode(long sessionId, String code) {
        return jdbc.one("SELECT * FROM expert WHERE session_id = ? AND code = ?", JdbcExpertRepository::expert,
                sessionId, code);
    }

    @Override
    public void update(long expertId, NewExpert e) {
        String old = describe(find(expertId).orElseThrow());
        jdbc.changeOne("UPDATE expert SET code = ?, name = ?, organisation = ?, role = ?, group_leader = ? WHERE id = ?",
                e.code(), e.name(), e.organisation(), e.role().name(), e.groupLeader(), expertId);
        history.touched("expert", expertId);
        history.changed(ENTITY, expertId, "details", Optional.of(old), Optional.of(describe(find(expertId).orElseThrow())));
    }

    @Override
    public void remove(long expertId) {
        Expert gone = find(expertId).orElseThrow();
        jdbc.changeOne("DELETE FROM expert WHERE id = ?", expertId);
        history.touched("expert", expertId);
        history.record("remove", ENTITY, expertId, "", Optional.of(describe(gone)), Optional.empty());
    }

    private static String describe(Expert e) {
        return e.code() + " " + e.name() + " " + e.organisation() + " " + e.role().name() + (e.groupLeader() ? " 组长" : "");
    }

    @Override
    public void confirmPledge(long expertId, Instant at) {
        jdbc.changeOne("UPDATE expert SET pledge_confirmed_at = ? WHERE id = ?", at, expertId);
        history.touched("expert", expertId);
        history.record("pledge", ENTITY, expertId, "pledge_confirmed_at", Optional.empty(), Optional.of(at.toString()));
    }

    @Override
    public void setKeyFingerprint(long expertId, String fingerprint) {
        Optional<String> old = find(expertId).orElseThrow().keyFingerprint();
        jdbc.changeOne("UPDATE expert SET key_fingerprint = ? WHERE id = ?", fingerprint, expertId);
        history.touched("expert", expertId);
        history.changed(ENTITY, expertId, "key_fingerprint", old, Optional.of(fingerprint));
    }

    @Override
    public void declareRecusal(long expertId, long applicantId, String reason, Instant at) {
        jdbc.update("INSERT INTO recusal (expert_id, applicant_id, reason, declared_at) VALUES (?, ?, ?, ?)",
                expertId, applicantId, reason, at);
        history.touched("recusal", expertId, applicantId);
        history.record("recuse", ENTITY, expertId, "recusal:" + applicantId, Optional.empty(), Optional.of(reason));
    }

    @Override
    public List<Recusal> recusals(long sessionId) {
        return jdbc.list("SELECT r.* FROM recusal r JOIN expert e ON e.id = r.expert_id WHERE e.session_id = ? "
                        + "ORDER BY e.position, r.applicant_id",
                row -> new Recusal(row.getLong("expert_id"), row.getLong("applicant_id"), row.getString("reason"),
                        Jdbc.instant(row, "declared_at").orElseThrow()), sessionId);
    }

    private static Expert expert(ResultSet row) throws SQLException {
        return new Expert(row.getLong("id"), row.getLong("session_id"), row.getString("code"), row.getString("name"),
                row.getString("organisation"), ExpertRole.valueOf(row.getString("role")),
                row.getBoolean("group_leader"), row.getInt("position"), Jdbc.text(row, "key_fingerprint"),
                Jdbc.instant(row, "pledge_confirmed_at"));
    }
}
