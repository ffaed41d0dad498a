package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.PdfText;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-sheet}, end to end on the PDFs {@code report} writes: the code read off the printed
 * sheet finds it, and changing one stored score makes the check fail.
 */
class VerifySheetCommandTest {

    /** The report command prints with the machine's clock. */

    private static final Pattern PRINTED_BY = Pattern.compile("; made \\(previewed, printed or saved\\) \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} by 命令行 ");
    private static final Pattern PRINTED_BY_ZH = Pattern.compile("；\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} 由 命令行 ");
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("demo");
        try (Database database = Database.open(DatabaseFile.of(db), OpenOptions.creating().withClock(TestSessions.CLOCK))) {
            new DemoSession(database).create();
        }
    }

    private Path report(String name, String... selection) {
        Path pdf = dir.resolve(name + ".pdf");
        List<String> args = new java.util.ArrayList<>(List.of("report", "--db", db.toString(), "--session", "1",
                "--out", pdf.toString()));
        args.addAll(List.of(selection));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        return pdf;
    }

    @Test
    void theCodePrintedOnASheetFindsItAndChangingOneStoredScoreMakesTheCheckFail() throws Exception {
        List<String> codes = PdfText.printedCodes(report("e5-a03", "--sheet", "expert", "--applicant", "A03", "--expert", "E5"));
        assertEquals(1, codes.size(), "one sheet, one code: " + codes);
        String code = codes.get(0);

        CommandRun matches = CommandRun.of("verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.OK, matches.status(), matches.err());
        assertTrue(matches.out().startsWith("Sheet " + code + " matches the data stored now: the expert score sheet "
                + "(专家评分表) of expert E5 陈磊 for applicant A03 首钢园具身智能产业基地运营管理有限公司, round 1, session "
                + "\"2026年度人形机器人产业基地运营支持评审（演示）\"; made (previewed, printed or saved) "), matches.out());
        assertTrue(PRINTED_BY.matcher(matches.out()).find(), matches.out());
        CommandRun matchesZh = CommandRun.of("--lang", "zh", "verify-sheet", code, "--db", db.toString());
        assertTrue(PRINTED_BY_ZH.matcher(matchesZh.out()).find(), matchesZh.out());

        try (Database database = Database.open(DatabaseFile.of(db), OpenOptions.existing().withClock(TestSessions.CLOCK))) {
            long e5 = database.read(s -> s.experts().findByCode(1, "E5")).orElseThrow().id();
            long a03 = database.read(s -> s.applicants().findByCode(1, "A03")).orElseThrow().id();
            long sheet = database.read(s -> s.sheets().current(e5, a03)).orElseThrow().id();
            ScoringService scoring = new ScoringService(database);
            Actor expert = Actor.expert("E5", "陈磊");
            scoring.reopen(expert, sheet, "4.1 录入有误");
            scoring.commitScore(expert, sheet, "4.1", "7.5");
            scoring.sign(expert, sheet);
        }

        CommandRun changed = CommandRun.of("verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, changed.status(), changed.out());
        List<String> lines = changed.err().lines().toList();
        assertEquals(2, lines.size(), changed.err());
        assertTrue(lines.get(0).startsWith("Sheet " + code + " does not match the data stored now: the expert score sheet "
                + "(专家评分表) of expert E5 陈磊 for applicant A03 首钢园具身智能产业基地运营管理有限公司, round 1, session "
                + "\"2026年度人形机器人产业基地运营支持评审（演示）\"; made (previewed, printed or saved) "), lines.get(0));
        assertTrue(lines.get(0).endsWith(" by " + Actor.commandLine().name() + ". What changed:"), lines.get(0));
        assertEquals("  - indicator 4.1 of expert E5's sheet for A03: was 7, is now 7.5.", lines.get(1));
        CommandRun chinese = CommandRun.of("--lang", "zh", "verify-sheet", code, "--db", db.toString());
        assertTrue(chinese.err().contains("  - 专家 E5 对 A03 评分表的指标 4.1：原为 7，现为 7.5。"), chinese.err());
    }

    @Test
    void everyCodeInThePackIsRecordedAndTheSignInSheetIsFoundAsTypedInGroups() throws Exception {
        List<String> codes = PdfText.printedCodes(report("pack", "--sheet", "pack"));
        try (Database database = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            for (String code : codes) {
                assertTrue(database.read(s -> s.printedSheets().find(code)).isPresent(), code);
            }
            assertEquals(codes.size(), database.read(s -> s.printedSheets().forSession(1)).size());
        }
        String signIn = codes.get(0);
        CommandRun run = CommandRun.of("verify-sheet", signIn.substring(0, 4).toUpperCase(java.util.Locale.ROOT),
                signIn.substring(4, 8), signIn.substring(8), "--db", db.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("the sign-in sheet (专家签到表), round 1"), run.out());
    }

    @Test
    void anUnknownCodeIsRefusedWithExitTwoAndSaysWhatACodeIs() {
        CommandRun unknown = CommandRun.of("verify-sheet", "0123-4567-89ab", "--db", db.toString());
        assertEquals(ExitCodes.REFUSED, unknown.status());
        assertTrue(unknown.err().startsWith("No sheet with the verification code 0123456789ab was printed from this "
                + "database, and no expert sheet as stored now gives that code."), unknown.err());
        CommandRun notACode = CommandRun.of("verify-sheet", "A03", "--db", db.toString());
        assertEquals(ExitCodes.REFUSED, notACode.status());
        assertTrue(notACode.err().startsWith("\"A03\" is not a verification code"), notACode.err());
    }
}
