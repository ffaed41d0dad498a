package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.testing.PdfText;
import com.parkreview.app.testing.ScannedQr;
import com.parkreview.app.testing.TestSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attack: a sheet is printed and signed on paper; then someone with the closed database file
 * cuts the history back to before the printing (the head marker deleted or rewritten to match, so
 * that the file opens), or rewrites the history from the printing on with its chain recomputed (so
 * that verify finds the chain whole). The record of the printing keeps the entry that recorded it:
 * {@code verify-sheet} with the code off the paper says the history no longer holds it, exit 3.
 */
class PrintedSheetHistoryCutTest {

    @TempDir
    Path dir;

    private Path db;
    private String code;
    private long printedAt;
    private String scanned;

    @BeforeEach
    void printed() throws Exception {
        db = dir.resolve("demo");
        try (Database database = Database.open(DatabaseFile.of(db), OpenOptions.creating().withClock(TestSessions.CLOCK))) {
            new DemoSession(database).create();
        }
        Path pdf = dir.resolve("e5-a03.pdf");
        CommandRun run = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--out", pdf.toString(),
                "--sheet", "expert", "--applicant", "A03", "--expert", "E5");
        assertEquals(0, run.status(), run.err());
        code = PdfText.printedCodes(pdf).get(0);
        scanned = ScannedQr.of(pdf);
        printedAt = Long.parseLong(query("SELECT head_seq FROM printed_sheet WHERE code = '" + code + "'"));
        assertEquals(printedAt, Long.parseLong(query("SELECT MAX(seq) FROM history WHERE entity = 'printed_sheet' "
                + "AND action = 'create'")), "the entry that records the printing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the rows from the printing on deleted, the head marker deleted        | delete
            the rows from the printing on deleted, the head marker rewritten to match | rewrite
            """)
    void historyCutBackBeforeThePrintingIsReported(String name, String marker) throws Exception {
        outside("DELETE FROM history WHERE seq >= " + printedAt);
        Path head = dir.resolve("demo.head");
        if (marker.equals("delete")) {
            Files.delete(head);
        } else {
            markHead(printedAt - 1, query("SELECT hash FROM history WHERE seq = " + (printedAt - 1)));
        }
        CommandRun cut = CommandRun.of("verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, cut.status(), name + ": " + cut.out() + cut.err());
        List<String> said = cut.err().lines().toList();
        if (marker.equals("delete")) { // said first: the open could not check for a cut this time (round 5)
            assertTrue(said.get(0).contains("had no marker beside it (demo.head)"), said.get(0));
        }
        String first = said.get(marker.equals("delete") ? 1 : 0);
        assertTrue(first.startsWith("Sheet " + code + " cannot be trusted against this database: the expert score sheet "
                + "(专家评分表) of expert E5 陈磊 for applicant A03 首钢园具身智能产业基地运营管理有限公司, round 1"), first);
        assertTrue(first.contains("The printing was recorded as history entry " + printedAt + ", but the history now "
                + "ends at entry " + (printedAt - 1) + ": its end was cut off after the sheet was printed"), first);
        CommandRun chinese = CommandRun.of("--lang", "zh", "verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, chinese.status());
        assertTrue(chinese.err().contains("打印时记为第 " + printedAt + " 条历史记录，但历史记录现在只到第 " + (printedAt - 1)
                + " 条"), chinese.err());
    }

    /** verify finds such a chain whole: only the record of the printing tells. */
    @Test
    void historyRewrittenFromThePrintingOnWithItsChainRecomputedIsReported() throws Exception {
        String newest = rewriteChainFrom(printedAt);
        markHead(Long.parseLong(query("SELECT MAX(seq) FROM history")), newest);
        CommandRun verify = CommandRun.of("verify", "--db", db.toString());
        assertEquals(ExitCodes.OK, verify.status(), "the rewritten chain is whole: " + verify.err());

        CommandRun rewritten = CommandRun.of("verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, rewritten.status(), rewritten.out() + rewritten.err());
        assertTrue(rewritten.err().contains("The printing was recorded as history entry " + printedAt + ", but entry "
                + printedAt + " of the history as it stands now (it ends at entry " + (printedAt + 1) + ") is not the one "
                + "written then"), rewritten.err());
    }

    @Test
    void anUntouchedFileStillMatches() {
        CommandRun run = CommandRun.of("verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        CommandRun fromTheQrCode = CommandRun.of("verify-sheet", scanned, "--db", db.toString());
        assertEquals(ExitCodes.OK, fromTheQrCode.status(), fromTheQrCode.err());
    }

    /**
     * The file replaced by a copy older than the printing: the record of the printing went with it,
     * so the code typed off the paper can only be found as printed elsewhere; the QR code scanned
     * tells where the history stood when the sheet was made, and that this database no longer holds it.
     */
    @Test
    void aCopyOlderThanThePrintingIsToldByTheQrCodeEvenWithTheSheetsRecordGone() throws Exception {
        long stampedAt = printedAt - 1; // the newest entry when the sheet was made, before its printing was recorded
        assertEquals(("PARKREVIEW-SHEET:" + code + "/H" + stampedAt + "." + query("SELECT hash FROM history WHERE seq = "
                + stampedAt).substring(0, 12) + "." + query("SELECT hash FROM history WHERE seq = 1").substring(0, 8))
                .toUpperCase(Locale.ROOT), scanned);
        outside("DELETE FROM printed_sheet WHERE code = '" + code + "'");
        outside("DELETE FROM history WHERE seq >= " + (stampedAt - 3));
        markHead(stampedAt - 4, query("SELECT hash FROM history WHERE seq = " + (stampedAt - 4)));

        CommandRun typed = CommandRun.of("verify-sheet", code, "--db", db.toString());
        assertTrue(typed.out().startsWith("Sheet " + code + " was not printed from this database"), typed.out());
        CommandRun fromTheQrCode = CommandRun.of("verify-sheet", scanned, "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, fromTheQrCode.status(), fromTheQrCode.out() + fromTheQrCode.err());
        assertTrue(fromTheQrCode.err().contains("its QR code says it was printed from this database when the history "
                + "stood at entry " + stampedAt + ", but the database no longer holds that entry (its history now ends "
                + "at entry " + (stampedAt - 4) + ")"), fromTheQrCode.err());
    }

    /** A sheet made from another database (an expert's laptop) carries that history's stamp: not a cut of this one. */
    @Test
    void aStampOfAnotherDatabasesHistoryIsNoCut() {
        String otherHistory = scanned.substring(0, scanned.lastIndexOf('.') + 1) + "00000000";
        CommandRun run = CommandRun.of("verify-sheet", otherHistory, "--db", db.toString());
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
    }

    /**
     * The QR code's text typed by hand with one character of the stamp wrong: the sheet's own record,
     * still here with the history it was printed at, is what decides; no alarm of a rewritten history.
     */
    @Test
    void aMistypedStampOnASheetStillRecordedIsNoAlarm() {
        int hashAt = scanned.indexOf(".", scanned.indexOf("/H")) + 1;
        char wrong = scanned.charAt(hashAt) == '0' ? '1' : '0';
        String mistyped = scanned.substring(0, hashAt) + wrong + scanned.substring(hashAt + 1);
        CommandRun run = CommandRun.of("verify-sheet", mistyped, "--db", db.toString());
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Sheet " + code + " matches"), run.out());
    }

    /** The entry's actor changed and every hash from it on computed again, as ParkReview would have. */
    private String rewriteChainFrom(long seq) throws SQLException {
        try (Connection c = connect()) {
            String previous = one(c, "SELECT hash FROM history WHERE seq = " + (seq - 1));
            List<Object[]> rows = new java.util.ArrayList<>();
            try (ResultSet row = c.createStatement().executeQuery("SELECT seq, at, actor, action, entity, entity_id, "
                    + "field, old_value, new_value FROM history WHERE seq >= " + seq + " ORDER BY seq")) {
                while (row.next()) {
                    rows.add(new Object[] {row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getLong(1) == seq ? "某人" : row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), row.getString(7), row.getString(8), row.getString(9)});
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE history SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (Object[] r : rows) {
                    String hash = HistoryEntry.hash(previous, HistoryEntry.canonical((long) r[0], (java.time.Instant) r[1],
                            (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                            Optional.ofNullable((String) r[7]), Optional.ofNullable((String) r[8])));
                    update.setString(1, (String) r[2]);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, (long) r[0]);
                    update.executeUpdate();
                    previous = hash;
                }
            }
            return previous;
        }
    }

    private void markHead(long seq, String hash) throws Exception {
        Files.writeString(dir.resolve("demo.head"), String.format("%020d %s\n", seq, hash), StandardCharsets.US_ASCII);
    }

    private void outside(String sql) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection c = connect()) {
            return one(c, sql);
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (ResultSet row = c.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db, "parkreview", "");
    }
}
