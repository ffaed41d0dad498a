package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/** The store's sub-commands on a database holding the demonstration session. */
class StoreCommandsTest {

    @TempDir
    static Path shared;

    static Path demo;
    static long session;

    @BeforeAll
    static void demoDatabase() {
        demo = shared.resolve("demo");
        try (Database db = Database.open(DatabaseFile.of(demo), OpenOptions.creating())) {
            session = new DemoSession(db).create();
        }
    }

    /** A copy of the demo database to change. */
    private static Path copy(Path dir) throws Exception {
        Files.copy(DatabaseFile.of(demo).file(), dir.resolve("copy.mv.db"));
        return dir.resolve("copy.mv.db");
    }

    @Test
    void sessionsListsTheStoredSessions() {
        CommandRun run = CommandRun.of("sessions", "--db", demo + ".mv.db");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("id\tyear\tdate\tstatus\tapplicants\texperts\tsigned\tresults\tname", lines.get(0));
        assertEquals(session + "\t2026\t2026-11-20\tSCORING\t6\t5\t24\tnot_merged\t" + DemoSession.NAME, lines.get(1));
    }

    @Test
    void sessionsListIsInTheChosenLanguage() {
        CommandRun run = CommandRun.of("--lang", "zh", "sessions", "--db", demo + ".mv.db");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("编号\t年度\t日期\t状态\t申报单位\t专家\t已签名\t结果\t名称", lines.get(0));
        assertEquals(session + "\t2026\t2026年11月20日\t评分中\t6\t5\t24\t未汇总\t" + DemoSession.NAME, lines.get(1));
    }

    @Test
    void mergeOfAStoredSessionGivesTheSameTableAsItsScoresFile() {
        CommandRun stored = CommandRun.of("merge", "--db", demo.toString(), "--session", String.valueOf(session));
        assertEquals(0, stored.status(), stored.err());
        List<String> lines = stored.out().lines().toList();
        assertEquals("rank,applicant,name,experts,panel_score,tier,share,amount_wan,flags", lines.get(0));
        assertEquals("1,A01,北京石景山人形机器人产业园运营有限公司,5,85.30,excellent,1.00,1500.00,", lines.get(1));
        assertTrue(lines.contains(
                "2,A03,首钢园具身智能产业基地运营管理有限公司,5,71.70,good,0.70,750.00,expert_outlier:E5;indicator_outlier:E5:1.3;indicator_outlier:E5:5.2;tier_split"),
                stored.out());
        // A05 has three signed sheets and two drafts, A06 two signed: incomplete, naming the sheets awaited
        assertTrue(lines.contains(",A05,北京永定河科创园区运营有限公司,3,,incomplete,,,sheet_awaited:E4;sheet_awaited:E5"),
                stored.out());
        assertTrue(lines.contains(",A06,北京银河湾智能制造园区管理有限公司,2,,incomplete,,,"
                + "sheet_awaited:E3;sheet_awaited:E4;sheet_awaited:E5"), stored.out());
    }

    @Test
    void mergeOfAnUnknownSessionIsRefused() {
        CommandRun run = CommandRun.of("merge", "--db", demo.toString(), "--session", "999");
        assertEquals(2, run.status());
        assertEquals("There is no session 999 in this database (its sessions: 1; the sessions command lists them).",
                run.err().strip());
    }

    @Test
    void verifyReportsAnIntactHistory() {
        CommandRun run = CommandRun.of("verify", "--db", demo.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("The history is intact: "), run.out());
    }

    @Test
    void verifyReportsAScoreChangedOutsideParkReview(@TempDir Path dir) throws Exception {
        Path copy = copy(dir);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("copy"), "parkreview", "")) {
            c.createStatement().execute("UPDATE sheet_score SET score = 0 WHERE indicator_code = '4.1' "
                    + "AND sheet_id = (SELECT MIN(id) FROM score_sheet)");
        }
        CommandRun run = CommandRun.of("verify", "--db", copy.toString());
        assertEquals(3, run.status(), run.out());
        assertTrue(run.err().contains("/4.1, column score: the history records \"13\", the file holds \"0\""),
                run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            an empty file,              ''
            another program's database, CREATE TABLE ledger(id INT); INSERT INTO ledger VALUES (7)
            an empty H2 database,       SELECT 1
            """)
    void verifyOfAFileThatIsNotParkReviewsSaysSoAndLeavesItAsItWas(String name, String sql, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("other.mv.db");
        if (sql.isEmpty()) {
            Files.createFile(file);
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("other"), "sa", "")) {
                c.createStatement().execute(sql);
            }
        }
        byte[] before = Files.readAllBytes(file);
        CommandRun run = CommandRun.of("verify", "--db", file.toString());
        assertEquals(2, run.status(), name);
        assertEquals(file + " is not a ParkReview database (it holds no ParkReview schema: another program's file, "
                + "or an empty one). It was left as it was.", run.err().strip());
        assertArrayEquals(before, Files.readAllBytes(file), "left byte for byte as it was");
    }

    @Test
    void verifyOfADatabaseWithoutAnyHistorySaysSoAndFails(@TempDir Path dir) {
        Database.open(DatabaseFile.of(dir.resolve("new")), OpenOptions.creating())
                .close();
        CommandRun run = CommandRun.of("verify", "--db", dir.resolve("new").toString());
        assertEquals(3, run.status());
        assertTrue(run.err().contains("holds no history at all"), run.err());
    }

    @Test
    void mistypedDatabasePathIsRefusedAndNotCreated(@TempDir Path dir) {
        CommandRun run = CommandRun.of("sessions", "--db", dir.resolve("nope.mv.db").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("There is no ParkReview database at "), run.err());
        assertTrue(!Files.exists(dir.resolve("nope.mv.db")));
    }

    @Test
    void backupThenRestoreBringsTheSessionBack(@TempDir Path dir) throws Exception {
        Path copy = copy(dir);
        CommandRun backup = CommandRun.of("backup", "--db", copy.toString());
        assertEquals(0, backup.status(), backup.err());
        Path written = backup.backupWritten();
        assertTrue(Files.isRegularFile(written), backup.out());
        // what it holds and how to go back to it, not a bare path (a tester's round 12)
        assertTrue(backup.out().contains("up to history entry ") && backup.out().contains(
                "To go back to it: parkreview restore --db " + copy + " --from " + written), backup.out());

        Files.write(copy, new byte[8192]); // the file is ruined
        assertEquals(2, CommandRun.of("sessions", "--db", copy.toString()).status());

        CommandRun restore = CommandRun.of("restore", "--db", copy.toString(), "--from", written.toString());
        assertEquals(0, restore.status(), restore.err());
        assertTrue(restore.out().contains("The file it replaced is kept as "), restore.out());
        CommandRun sessions = CommandRun.of("sessions", "--db", copy.toString());
        assertEquals(0, sessions.status(), sessions.err());
        assertTrue(sessions.out().contains(DemoSession.NAME));
        assertEquals(0, CommandRun.of("verify", "--db", copy.toString()).status());
    }
}
