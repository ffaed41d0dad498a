package com.parkreview.app.persistence;

import com.parkreview.app.review.PaperCheck;
import com.parkreview.app.review.PaperCheckRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Second entries of paper sheets in H2; every entry and every changed score is written to the history. */
final class JdbcPaperCheckRepository implements PaperCheckRepository {

    static final String ENTITY = "paper_check";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcPaperCheckRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public void record(long sheetId, Map<String, BigDecimal> scores, String enteredBy) {
        Optional<PaperCheck> old = find(sheetId);
        if (old.isEmpty()) {
            jdbc.update("INSERT INTO paper_check (sheet_id, entered_by, entered_at) VALUES (?, ?, ?)",
                    sheetId, enteredBy, history.now());
            history.touched("paper_check", sheetId);
            history.created(ENTITY, sheetId, "second entry by " + enteredBy);
        } else {
            jdbc.changeOne("UPDATE paper_check SET entered_by = ?, entered_at = ? WHERE sheet_id = ?",
                    enteredBy, history.now(), sheetId);
            history.touched("paper_check", sheetId);
            history.record("reenter", ENTITY, sheetId, "entered_by", Optional.of(old.get().enteredBy()),
                    Optional.of(enteredBy));
        }
        Map<String, BigDecimal> before = old.map(PaperCheck::scores).orElse(Map.of());
        for (Map.Entry<String, BigDecimal> score : new TreeMap<>(scores).entrySet()) {
            Optional<BigDecimal> previous = Optional.ofNullable(before.get(score.getKey()));
            if (previous.isPresent()) {
                jdbc.changeOne("UPDATE paper_check_score SET score = ? WHERE sheet_id = ? AND indicator_code = ?",
                        score.getValue(), sheetId, score.getKey());
            } else {
                jdbc.update("INSERT INTO paper_check_score (sheet_id, indicator_code, score) VALUES (?, ?, ?)",
                        sheetId, score.getKey(), score.getValue());
            }
            history.touched("paper_check_score", sheetId, score.getKey());
            history.changed(ENTITY, sheetId, JdbcSheetRepository.scoreField(score.getKey()),
                    previous.map(JdbcSheetRepository::scoreText), Optional.of(JdbcSheetRepository.scoreText(score.getValue())));
        }
    }

    @Override
    public Optional<PaperCheck> find(long sheetId) {
        return checks("WHERE c.sheet_id = ?", sheetId).stream().findFirst();
    }

    @Override
    public List<PaperCheck> forSession(long sessionId) {
        return checks("JOIN score_sheet s ON s.id = c.sheet_id JOIN applicant a ON a.id = s.applicant_id "
                + "WHERE a.session_id = ?", sessionId);
    }

    private List<PaperCheck> checks(String condition, long parameter) {
        record Header(long sheetId, String enteredBy, Instant enteredAt) {
        }
        List<Header> headers = jdbc.list("SELECT c.sheet_id, c.entered_by, c.entered_at FROM paper_check c " + condition
                        + " ORDER BY c.sheet_id",
                row -> new Header(row.getLong(1), row.getString(2), Jdbc.instant(row, "entered_at").orElseThrow()),
                parameter);
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.list("SELECT p.sheet_id, p.indicator_code, p.score FROM paper_check_score p JOIN paper_check c "
                        + "ON c.sheet_id = p.sheet_id " + condition,
                row -> Map.entry(row.getLong(1), Map.entry(row.getString(2), JdbcSheetRepository.plain(row.getBigDecimal(3)))),
                parameter)
                .forEach(e -> scores.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                        .put(e.getValue().getKey(), e.getValue().getValue()));
        return headers.stream().map(h -> new PaperCheck(h.sheetId(), scores.getOrDefault(h.sheetId(), Map.of()),
                h.enteredBy(), h.enteredAt())).toList();
    }
}
