package com.parkreview.app.persistence;

import com.parkreview.app.review.HistoryRepository;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetRepository;
import com.parkreview.app.review.SheetState;
import com.parkreview.app.review.SheetStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Score sheets in H2; every change is written to the history in the same transaction. */
final class JdbcSheetRepository implements SheetRepository {

    static final String ENTITY = HistoryRepository.SHEET;
    private static final String TABLE = "score_sheet";
    private static final String LINES_TABLE = "sheet_score";

    private static final String SHEET_COLUMNS =
            "s.id, s.expert_id, s.applicant_id, s.round, s.status, s.origin, s.opinion, s.signed_at, s.created_at";
    /** Lines in rubric order: the session's indicator positions. */
    private static final String LINES = "SELECT l.sheet_id, l.indicator_code, l.score, l.comment FROM sheet_score l "
            + "JOIN score_sheet s ON s.id = l.sheet_id JOIN applicant a ON a.id = s.applicant_id "
            + "JOIN session_indicator i ON i.session_id = a.session_id AND i.code = l.indicator_code ";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcSheetRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    static String scoreField(String code) {
        return HistoryRepository.scoreField(code);
    }

    static String commentField(String code) {
        return "comment:" + code;
    }

    /** A score as the history writes it: {@code 4.5}, {@code 12}, {@code 0}. */
    static String scoreText(BigDecimal score) {
        return plain(score).toPlainString();
    }

    @Override
    public long create(long expertId, long applicantId, int round, SheetOrigin origin, List<String> indicatorCodes,
            Instant at) {
        long id = jdbc.insert("INSERT INTO score_sheet (expert_id, applicant_id, round, origin, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", expertId, applicantId, round, origin.name(), at);
        jdbc.batch("INSERT INTO sheet_score (sheet_id, indicator_code) VALUES (?, ?)",
                indicatorCodes.stream().map(code -> new Object[] {id, code}).toList());
        history.touched(TABLE, id);
        indicatorCodes.forEach(code -> history.touched(LINES_TABLE, id, code));
        history.created(ENTITY, id, "expert=" + expertId + " applicant=" + applicantId + " round=" + round
                + " origin=" + origin.name());
        return id;
    }

    @Override
    public Optional<ScoreSheet> find(long sheetId) {
        return sheets("WHERE s.id = ?", sheetId).stream().findFirst();
    }

    @Override
    public Optional<SheetState> state(long sheetId) {
        return jdbc.one("SELECT s.id, s.expert_id, s.applicant_id, a.session_id, s.round, s.status FROM score_sheet s "
                        + "JOIN applicant a ON a.id = s.applicant_id WHERE s.id = ?",
                row -> new SheetState(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getInt(5),
                        SheetStatus.valueOf(row.getString(6))), sheetId);
    }

    @Override
    public Optional<ScoreSheet> current(long expertId, long applicantId) {
        return sheets("WHERE s.expert_id = ? AND s.applicant_id = ? ORDER BY s.round DESC LIMIT 1",
                expertId, applicantId).stream().findFirst();
    }

    @Override
    public List<ScoreSheet> forApplicant(long applicantId) {
        return sheets("WHERE s.applicant_id = ? ORDER BY s.expert_id, s.round", applicantId);
    }

    @Override
    public List<ScoreSheet> forSession(long sessionId) {
        return sheets("JOIN applicant a ON a.id = s.applicant_id WHERE a.session_id = ? ORDER BY s.applicant_id, "
                + "s.expert_id, s.round", sessionId);
    }

    @Override
    public void setScore(long sheetId, String indicatorCode, Optional<BigDecimal> score) {
        Optional<BigDecimal> old = line(sheetId, indicatorCode).score();
        jdbc.changeOne("UPDATE sheet_score SET score = ? WHERE sheet_id = ? AND indicator_code = ?",
                score, sheetId, indicatorCode);
        history.touched(LINES_TABLE, sheetId, indicatorCode);
        history.changed(ENTITY, sheetId, scoreField(indicatorCode), old.map(JdbcSheetRepository::scoreText),
                score.map(JdbcSheetRepository::scoreText));
    }

    @Override
    public void setComment(long sheetId, String indicatorCode, String comment) {
        String old = line(sheetId, indicatorCode).comment();
        jdbc.changeOne("UPDATE sheet_score SET comment = ? WHERE sheet_id = ? AND indicator_code = ?",
                comment, sheetId, indicatorCode);
        history.touched(LINES_TABLE, sheetId, indicatorCode);
        history.changed(ENTITY, sheetId, commentField(indicatorCode), nonEmpty(old), nonEmpty(comment));
    }

    @Override
    public void setOpinion(long sheetId, String opinion) {
        String old = find(sheetId).orElseThrow().opinion();
        jdbc.changeOne("UPDATE score_sheet SET opinion = ? WHERE id = ?", opinion, sheetId);
        history.touched(TABLE, sheetId);
        history.changed(ENTITY, sheetId, "opinion", nonEmpty(old), nonEmpty(opinion));
    }

    @Override
    public void setOrigin(long sheetId, SheetOrigin origin) {
        SheetOrigin old = find(sheetId).orElseThrow().origin();
        jdbc.changeOne("UPDATE score_sheet SET origin = ? WHERE id = ?", origin.name(), sheetId);
        history.touched(TABLE, sheetId);
        history.changed(ENTITY, sheetId, "origin", Optional.of(old.name()), Optional.of(origin.name()));
    }

    @Override
    public void setStatus(long sheetId, SheetStatus status, Optional<Instant> signedAt, String reason) {
        ScoreSheet sheet = find(sheetId).orElseThrow();
        jdbc.changeOne("UPDATE score_sheet SET status = ?, signed_at = ? WHERE id = ?", status.name(),
                signedAt, sheetId);
        history.touched(TABLE, sheetId);
        history.record(action(sheet.status(), status), ENTITY, sheetId, "status", Optional.of(sheet.status().name()),
                Optional.of(status.name()));
        if (!reason.isBlank()) {
            history.record("reason", ENTITY, sheetId, "", Optional.empty(), Optional.of(reason));
        }
    }

    private static String action(SheetStatus from, SheetStatus to) {
        if (to == SheetStatus.SIGNED) {
            return "sign";
        }
        if (to == SheetStatus.SUPERSEDED) {
            return "supersede";
        }
        return from == SheetStatus.SIGNED ? "reopen" : "change";
    }

    private IndicatorEntry line(long sheetId, String indicatorCode) {
        return jdbc.one("SELECT indicator_code, score, comment FROM sheet_score WHERE sheet_id = ? AND indicator_code = ?",
                        row -> new IndicatorEntry(row.getString("indicator_code"), Jdbc.decimal(row, "score"),
                                row.getString("comment")),
                        sheetId, indicatorCode)
                .orElseThrow(() -> new IllegalArgumentException("sheet " + sheetId + " has no line " + indicatorCode));
    }

    /** Sheets matching a condition on {@code s}, each with its lines in rubric order. */
    private List<ScoreSheet> sheets(String condition, Object... parameters) {
        record Header(long id, long expertId, long applicantId, int round, SheetStatus status, SheetOrigin origin,
                String opinion, Optional<Instant> signedAt, Instant createdAt) {
        }
        List<Header> headers = jdbc.list("SELECT " + SHEET_COLUMNS + " FROM score_sheet s " + condition,
                row -> new Header(row.getLong("id"), row.getLong("expert_id"), row.getLong("applicant_id"),
                        row.getInt("round"), SheetStatus.valueOf(row.getString("status")),
                        SheetOrigin.valueOf(row.getString("origin")), row.getString("opinion"),
                        Jdbc.instant(row, "signed_at"), Jdbc.instant(row, "created_at").orElseThrow()),
                parameters);
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IndicatorEntry>> lines = new LinkedHashMap<>();
        headers.forEach(h -> lines.put(h.id(), new ArrayList<>()));
        if (headers.size() == 1) {
            jdbc.list(LINES + "WHERE l.sheet_id = ? ORDER BY i.position", JdbcSheetRepository::lineRow, headers.get(0).id())
                    .forEach(l -> lines.get(l.sheetId()).add(l.entry()));
        } else {
            long applicantOrSession = headers.get(0).applicantId();
            boolean sameApplicant = headers.stream().allMatch(h -> h.applicantId() == applicantOrSession);
            List<Line> all = sameApplicant
                    ? jdbc.list(LINES + "WHERE s.applicant_id = ? ORDER BY l.sheet_id, i.position",
                            JdbcSheetRepository::lineRow, applicantOrSession)
                    : jdbc.list(LINES + "WHERE a.session_id = ? ORDER BY l.sheet_id, i.position",
                            JdbcSheetRepository::lineRow, sessionOf(applicantOrSession));
            for (Line line : all) {
                List<IndicatorEntry> list = lines.get(line.sheetId());
                if (list != null) {
                    list.add(line.entry());
                }
            }
        }
        return headers.stream().map(h -> new ScoreSheet(h.id(), h.expertId(), h.applicantId(), h.round(), h.status(),
                h.origin(), lines.get(h.id()), h.opinion(), h.signedAt(), h.createdAt())).toList();
    }

    /** Looked up first: as a sub-query in the lines' condition, H2 evaluated it row by row. */
    private long sessionOf(long applicantId) {
        return jdbc.one("SELECT session_id FROM applicant WHERE id = ?", row -> row.getLong(1), applicantId)
                .orElseThrow();
    }

    private record Line(long sheetId, IndicatorEntry entry) {
    }

    private static Line lineRow(ResultSet row) throws SQLException {
        return new Line(row.getLong("sheet_id"), new IndicatorEntry(row.getString("indicator_code"),
                Jdbc.decimal(row, "score").map(JdbcSheetRepository::plain), row.getString("comment")));
    }

    /** A stored score without the column's trailing zeros: 4.50 → 4.5, 10.00 → 10. */
    static BigDecimal plain(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Optional<String> nonEmpty(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
