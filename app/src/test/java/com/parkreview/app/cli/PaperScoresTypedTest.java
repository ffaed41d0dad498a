package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 14 typed a paper sheet with {@code score enter --scores}: told of one wrong
 * score a run (1.1, then 1.2, then 5.3 missing), and with a Chinese input method's separators
 * (，；、 and the wide space) the whole line was taken for indicator 1.1's score.
 */
class PaperScoresTypedTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void sessionWithPanel() {
        db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithPanel(db, "2026-12-10");
        assertEquals(0, CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--all").status());
    }

    @Test
    void everyProblemOfTheSheetIsNamedAtOnceAndNothingIsStored() {
        CommandRun run = enter("1.1=8.5 1.2=4.3 1.3=5 2.1=5 2.2=4 2.3=5 3.1=9 3.2=8 4.1=13 4.2=12 5.1=4 5.2=5");
        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("3 problems on this sheet; nothing of it was stored:"), run.err());
        assertTrue(run.err().contains("1.1") && run.err().contains("8.5") && run.err().contains("1.2")
                && run.err().contains("4.3") && run.err().contains("5.3"), run.err());
        assertTrue(CommandRun.of("sessions", "--db", db).out().contains("\t0\tnot_merged\t"), "no sheet stored");
    }

    /** Round 15: a repeated indicator hid the other malformed scores; each is named, the repetition with both values. */
    @Test
    void aRepeatedOrMalformedScoreIsNamedWithTheOthers() {
        CommandRun run = enter("1.1=4 1.1=5 1.2 1.3=4 2.1=4 2.2=4 2.3=4 3.1=8 3.2=8 4.1=12 4.2=12 5.1=4 5.2=4 5.3=8");
        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("2 problems on this sheet") && run.err().contains("indicator 1.1 is given twice (4 and 5)")
                && run.err().contains("\"1.2\""), run.err());
        CommandRun typist = CommandRun.of("score", "enter", "--db", db, "--session", "1", "--typist", " ", "--expert", "E2",
                "--applicant", "A01", "--scores", "1.1=4", "--opinion", "x");
        assertTrue(typist.err().contains("--typist NAME"), typist.err());
    }

    @Test
    void theSeparatorsAChineseInputMethodTypesAreRead() {
        CommandRun run = enter("1.1＝4.5，1.2=4.5，1.3=4；2.1=4.5、2.2=4\u30002.3=5 3.1=8.5 3.2=8 4.1=13 4.2=12.5 5.1=4.5 "
                + "5.2=4 5.3=8.5");
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
        assertTrue(CommandRun.of("sessions", "--db", db).out().contains("\t1\tnot_merged\t"), "the sheet signed");
    }

    /** The typist's file headed in Chinese, as the other tables may be (round 14: refused, English only). */
    @Test
    void aFileOfSheetsHeadedInChineseIsRead() throws Exception {
        StringBuilder rows = new StringBuilder("申报单位,专家,指标,得分\n");
        String[] codes = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3"};
        String[] scores = "4.5 4.5 4 4.5 4 5 8.5 8 13 12.5 4.5 4 8.5".split(" ");
        for (int i = 0; i < codes.length; i++) {
            rows.append("A01,E2,").append(codes[i]).append(',').append(scores[i]).append('\n');
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("纸质评分表.csv"), rows);
        CommandRun run = CommandRun.of("score", "enter", "--db", db, "--session", "1", "--typist", "王录入", "--file",
                file.toString(), "--opinion", "见专家签字的纸质评分表");
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
    }

    /** Round 20 F9: a file of its heading alone was "entered" (exit 0), the typist sent on to the second entry. */
    @Test
    void aFileOfItsHeadingAloneIsRefusedForBothEntries() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("空表.csv"), "申报单位,专家,指标,得分\n");
        for (String second : new String[] {"", "--second"}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("score", "enter", "--db", db, "--session",
                    "1", "--typist", second.isEmpty() ? "王录入" : "李复核", "--file", file.toString(), "--opinion", "纸"));
            if (!second.isEmpty()) {
                args.add(second);
            }
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.REFUSED, run.status(), second + ": " + run.out() + run.err());
            assertEquals("空表.csv: the file holds no score row, only its heading: nothing was entered. Each row is one score: "
                    + "applicant, expert, indicator, score.", run.err().strip().lines().reduce((a, b) -> b).orElse(""), run.err());
        }
    }

    private CommandRun enter(String scores) {
        return CommandRun.of("score", "enter", "--db", db, "--session", "1", "--typist", "王录入", "--expert", "E2",
                "--applicant", "A01", "--scores", scores, "--opinion", "见专家签字的纸质评分表");
    }
}
