package com.parkreview.app.persistence;

import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.FlagRepository;
import com.parkreview.app.review.FlagResolution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deviation flags and their resolutions in H2; resolutions are written to the history. */
final class JdbcFlagRepository implements FlagRepository {

    static final String ENTITY = "flag";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcFlagRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public long record(long applicantId, String flagCode, String sheetsKey, String explanation, Instant at) {
        Optional<Long> existing = jdbc.one("SELECT id FROM deviation_flag WHERE applicant_id = ? AND flag_code = ? "
                + "AND sheets_key = ?", row -> row.getLong(1), applicantId, flagCode, sheetsKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.insert("INSERT INTO deviation_flag (applicant_id, flag_code, sheets_key, explanation, detected_at) "
                + "VALUES (?, ?, ?, ?, ?)", applicantId, flagCode, sheetsKey, explanation, at);
        history.touched("deviation_flag", id);
        history.created(ENTITY, id, "applicant=" + applicantId + " " + flagCode + " sheets=" + sheetsKey);
        return id;
    }

    @Override
    public Optional<FlagRecord> find(long flagId) {
        return jdbc.one("SELECT * FROM deviation_flag WHERE id = ?", JdbcFlagRepository::flag, flagId);
    }

    @Override
    public List<FlagRecord> forApplicant(long applicantId) {
        return jdbc.list("SELECT * FROM deviation_flag WHERE applicant_id = ? ORDER BY id", JdbcFlagRepository::flag,
                applicantId);
    }

    @Override
    public List<FlagRecord> forSession(long sessionId) {
        return jdbc.list("SELECT f.* FROM deviation_flag f JOIN applicant a ON a.id = f.applicant_id "
                + "WHERE a.session_id = ? ORDER BY f.id", JdbcFlagRepository::flag, sessionId);
    }

    @Override
    public void resolve(long flagId, FlagResolution resolution) {
        jdbc.changeOne("UPDATE deviation_flag SET resolution = ?, resolution_reason = ?, resolved_by = ?, resolved_at = ? "
                        + "WHERE id = ?", resolution.kind().name(), resolution.reason(), resolution.resolvedBy(),
                resolution.resolvedAt(), flagId);
        history.touched("deviation_flag", flagId);
        history.record("resolve", ENTITY, flagId, "resolution", Optional.empty(),
                Optional.of(resolution.kind().name() + ": " + resolution.reason()));
    }

    private static FlagRecord flag(ResultSet row) throws SQLException {
        Optional<FlagResolution> resolution = Jdbc.text(row, "resolution").isEmpty()
                ? Optional.empty()
                : Optional.of(new FlagResolution(FlagResolution.Kind.valueOf(row.getString("resolution")),
                        row.getString("resolution_reason"), row.getString("resolved_by"),
                        Jdbc.instant(row, "resolved_at").orElseThrow()));
        return new FlagRecord(row.getLong("id"), row.getLong("applicant_id"), row.getString("flag_code"),
                row.getString("sheets_key"), row.getString("explanation"),
                Jdbc.instant(row, "detected_at").orElseThrow(), resolution);
    }
}
