package com.parkreview.app.persistence;

import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.app.review.PrintedSheetRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Printed sheets' codes in H2; a newly recorded code is written to the history first, and the row
 * keeps that entry (its sequence number and hash) as where the history stood at the printing.
 */
final class JdbcPrintedSheetRepository implements PrintedSheetRepository {

    static final String ENTITY = "printed_sheet";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcPrintedSheetRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public boolean record(PrintedSheet.New sheet) {
        if (find(sheet.code()).isPresent()) {
            return false;
        }
        history.created(ENTITY, sheet.code(), sheet.kind().word() + " session=" + sheet.sessionId()
                + sheet.applicantId().map(id -> " applicant=" + id).orElse("")
                + sheet.expertId().map(id -> " expert=" + id).orElse("") + " round=" + sheet.round());
        HeadMarker.Head head = history.written().orElseThrow();
        jdbc.update("INSERT INTO printed_sheet (code, kind, session_id, applicant_id, expert_id, round, canonical_text, "
                        + "printed_at, printed_by, head_seq, head_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sheet.code(), sheet.kind().word(), sheet.sessionId(), sheet.applicantId(), sheet.expertId(),
                sheet.round(), sheet.canonicalText(), history.now(), history.actor().name(), head.seq(), head.hash());
        history.touched("printed_sheet", sheet.code());
        return true;
    }

    @Override
    public Optional<PrintedSheet> find(String code) {
        return jdbc.one("SELECT * FROM printed_sheet WHERE code = ?", JdbcPrintedSheetRepository::printed, code);
    }

    @Override
    public List<PrintedSheet> forSession(long sessionId) {
        return jdbc.list("SELECT * FROM printed_sheet WHERE session_id = ? ORDER BY printed_at, code",
                JdbcPrintedSheetRepository::printed, sessionId);
    }

    private static PrintedSheet printed(ResultSet row) throws SQLException {
        Optional<Long> headSeq = Jdbc.id(row, "head_seq");
        return new PrintedSheet(row.getString("code"), PrintedSheet.Kind.of(row.getString("kind")),
                row.getLong("session_id"), Jdbc.id(row, "applicant_id"), Jdbc.id(row, "expert_id"), row.getInt("round"),
                row.getString("canonical_text"), Jdbc.instant(row, "printed_at").orElseThrow(),
                row.getString("printed_by"), Jdbc.text(row, "head_hash")
                        .map(hash -> new HistoryHead(headSeq.orElseThrow(), hash)));
    }
}
