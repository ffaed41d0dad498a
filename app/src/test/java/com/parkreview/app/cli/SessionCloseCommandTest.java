package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code session close} on the command line: refused until the session is merged on current
 * results; afterwards every command that would change the session is refused with one sentence
 * naming it and changes nothing, while reading, printing, verify and backup work.
 */
class SessionCloseCommandTest {

    private static final Path EXAMPLES = Path.of("examples", "day");
    private static final String CLOSED = "Session 1 \"评审\" is closed: its results are final";

    /** The session every case starts from: set up, scored on paper, a score file from E5's laptop, merged, closed. */
    @TempDir
    static Path made;

    /** This case's copy of it. */
    private String db;

    @TempDir
    Path dir;

    @BeforeAll
    static void aClosedSession() throws IOException {
        String file = made.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithPanel(file, "2026-12-10");
        ok("applicants", "prereview", "--db", file, "--session", "1", "--all");
        try (Database db = Database.open(DatabaseFile.of(made.resolve("panel.mv.db")), OpenOptions.existing());
                Database laptop = OfflineDay.laptop(made, OfflineDay.kit(db, 1, 6))) {
            OfflineDay.signed(laptop, "A01", "80");
            Files.writeString(made.resolve("E6.prscore"), ScoreFiles.export(laptop), StandardCharsets.UTF_8);
        }
        ok("score", "enter", "--db", file, "--session", "1", "--typist", "王录入", "--file",
                EXAMPLES.resolve("paper-first.csv").toString(), "--opinion", "见纸质评分表");
        CommandRun early = CommandRun.of("session", "close", "--db", file, "--session", "1", "--secretary", "赵秘书");
        assertEquals(2, early.status(), early.out());
        assertTrue(early.err().contains("cannot be closed: it has not been merged yet"), early.err());
        // every sheet in (both entries; E6, whose laptop's file is not imported, absent) and every flag
        // resolved: a session closes only then (rounds 7 to 9)
        ok("score", "enter", "--db", file, "--session", "1", "--typist", "李复核", "--second", "--file",
                EXAMPLES.resolve("paper-first.csv").toString());
        for (String applicant : List.of("A01", "A02", "A03")) {
            ok("score", "recuse", "--db", file, "--session", "1", "--expert", "E6", "--applicant", applicant,
                    "--secretary", "赵秘书", "--reason", "未出席该场答辩");
        }
        ok("merge", "--db", file, "--session", "1", "--record");
        for (String applicant : List.of("A02", "A03")) {
            ok("flags", "accept", "--db", file, "--session", "1", "--applicant", applicant, "--all", "--secretary",
                    "赵秘书", "--reason", "专家组合议后认可");
        }
        // the summaries would print empty 组长意见 boxes: asked before closing, not said after (round 14)
        CommandRun asks = CommandRun.of("session", "close", "--db", file, "--session", "1", "--secretary", "赵秘书");
        assertEquals(ExitCodes.REFUSED, asks.status(), asks.out());
        assertTrue(asks.err().contains("no joint opinion of the group leader (组长意见) is typed for A01 A02 A03")
                && asks.err().contains("Nothing was closed") && asks.err().contains("--as-it-stands"), asks.err());
        for (String applicant : List.of("A01", "A02")) {
            CommandRun opinion = ok("applicants", "opinion", "--db", file, "--session", "1", "--applicant", applicant,
                    "--text", "运营基础扎实，建议按评审结果予以支持。");
            assertTrue(opinion.out().startsWith("Recorded the group leader's joint opinion on " + applicant), opinion.out());
        }
        Path written = made.resolve("A03-意见.txt");
        Files.writeString(written, "\uFEFF服务体系初步建立。\n建议按评审结果予以支持。\n", StandardCharsets.UTF_8);
        ok("applicants", "opinion", "--db", file, "--session", "1", "--applicant", "A03", "--file", written.toString());
        try (Database db = Database.open(DatabaseFile.of(made.resolve("panel.mv.db")), OpenOptions.existing())) {
            String a03 = db.read(s -> s.applicants().findByCode(1, "A03")).orElseThrow().jointOpinion();
            assertTrue(a03.startsWith("服务体系初步建立。\n建议按评审结果予以支持。"), a03); // the mark a Notepad file opens with dropped
        }
        CommandRun closed = ok("session", "close", "--db", file, "--session", "1", "--secretary", "赵秘书");
        assertTrue(closed.out().startsWith("Closed session 1 \"评审\" (by 秘书 赵秘书, on the merge of "), closed.out());
    }

    @BeforeEach
    void copyTheSession() throws IOException {
        for (String name : List.of("panel.mv.db", "panel.head", "E6.prscore")) {
            Files.copy(made.resolve(name), dir.resolve(name));
        }
        db = dir.resolve("panel.mv.db").toString();
    }

    private static CommandRun ok(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.status(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private String[] words(String line) {
        return new ArrayList<>(ReadmeDayTest.Words.of(line.replace("DB", db).replace("DIR", dir.toString())))
                .toArray(String[]::new);
    }

    private long historyLength() {
        try (Database open = Database.open(DatabaseFile.of(Path.of(db)), OpenOptions.existing())) {
            return open.read(s -> s.history().count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            score import --db DB --session 1 DIR/E6.prscore
            score enter --db DB --session 1 --typist 李复核 --second --file examples/day/paper-second.csv
            score enter --db DB --session 1 --typist 李复核 --expert E6 --applicant A01 --scores 1.1=5
            score resolve --db DB --session 1 --expert E5 --applicant A02 --indicator 3.1 --keep first --secretary 赵秘书 --reason 纸上
            applicants import --db DB --session 1 examples/day/申报单位.csv
            applicants edit --db DB --session 1 --applicant A03 --phone 010-68863303
            applicants remove --db DB --session 1 --applicant A03
            applicants prereview --db DB --session 1 --fail A03 --because late
            experts import --db DB --session 1 examples/day/专家组.csv
            experts edit --db DB --session 1 --expert E6 --name 某
            experts remove --db DB --session 1 --expert E6
            session edit --db DB --session 1 --venue 某处 --reason 更正
            kit export --db DB --session 1 --expert E1 --out DIR/E1.prkit
            merge --db DB --session 1 --record
            flags rereview --db DB --session 1 --applicant A01 --whole-panel --reason 复核 --secretary 赵秘书
            flags accept --db DB --session 1 --applicant A01 --all --reason 认可 --secretary 赵秘书
            flags accept --db DB --session 1 --applicant A01 --flag tier_split --reason 认可 --secretary 赵秘书
            """)
    void everyChangeIsRefusedNamingTheSessionAndNothingChanges(String line) {
        long before = historyLength();
        CommandRun run = CommandRun.of(words(line.strip()));
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(CLOSED), run.err());
        assertEquals(before, historyLength(), "the history grew: something changed");
        assertTrue(!Files.exists(dir.resolve("E1.prkit")), "no kit is written");
    }

    @Test
    void theRefusalIsInTheUsersLanguage() {
        CommandRun run = CommandRun.of("--lang", "zh", "applicants", "edit", "--db", db, "--session", "1",
                "--applicant", "A03", "--phone", "010-68863303");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("评审批次 1“评审”已结束：结果已确定，不能再作任何修改"), run.err());
    }

    @Test
    void closingTwiceIsRefusedSayingSo() {
        CommandRun run = CommandRun.of("session", "close", "--db", db, "--session", "1", "--secretary", "赵秘书");
        assertEquals(2, run.status());
        assertEquals("Session 1 \"评审\" is closed already.", run.err().strip());
    }

    @Test
    void readingPrintingVerifyAndBackupStillWork() {
        CommandRun sessions = ok("sessions", "--db", db);
        assertTrue(sessions.out().contains("\tCLOSED\t"), sessions.out());
        ok("applicants", "list", "--db", db, "--session", "1");
        ok("merge", "--db", db, "--session", "1");
        ok("report", "--db", db, "--session", "1", "--sheet", "pack", "--out", dir.resolve("pack.pdf").toString());
        assertTrue(Files.exists(dir.resolve("pack.pdf")));
        assertTrue(ok("verify", "--db", db).out().startsWith("The history is intact"));
        ok("backup", "--db", db);
    }
}
