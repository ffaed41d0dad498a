package com.parkreview.app.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.reports.fill.FilledSheet;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A printed sheet found by its code and compared with the data stored now. */
class SheetVerificationTest {

    @TempDir
    Path dir;

    private PrintedDemo demo;

    @BeforeEach
    void demo() {
        demo = new PrintedDemo(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private FilledSheet print(SheetRequest.Kind kind, String applicant, String expert) {
        return demo.print(kind, applicant, expert);
    }

    private SheetCheck check(FilledSheet sheet) {
        return new SheetVerification(demo.db()).check(sheet.code().value());
    }

    private static List<String> changes(SheetCheck check, Locale locale) {
        return check.changes().stream().map(c -> c.in(locale)).toList();
    }

    @Test
    void aSheetJustPrintedMatchesAndSaysWhatItIsAndWhenAndByWhomItWasPrinted() {
        FilledSheet sheet = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        SheetCheck check = check(sheet);
        assertEquals(SheetCheck.Verdict.MATCHES, check.verdict());
        assertEquals("Sheet " + sheet.code() + " matches the data stored now: the expert score sheet (专家评分表) of "
                + "expert E5 陈磊 for applicant A03 首钢园具身智能产业基地运营管理有限公司, round 1, session "
                + "\"2026年度人形机器人产业基地运营支持评审（演示）\"; made (previewed, printed or saved) 20 Nov 2026 09:30 by 秘书 打印者.",
                check.explanation().in(Locale.ENGLISH));
        assertEquals("评分表 " + sheet.code() + " 与当前存储的数据一致：专家 E5 陈磊 对申报单位 A03 首钢园具身智能产业基地运营管理有限公司 "
                + "的专家评分表，第 1 轮，评审批次“2026年度人形机器人产业基地运营支持评审（演示）”；2026年11月20日 09:30 由 秘书 打印者 生成（预览、打印或导出）。",
                check.explanation().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), check.changes());
    }

    @Test
    void changingOneStoredScoreMakesTheCheckFailNamingTheIndicatorAndBothValues() {
        FilledSheet sheet = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        demo.correctScore("E5", "A03", "4.1", "7.5");
        SheetCheck check = check(sheet);
        assertEquals(SheetCheck.Verdict.CHANGED, check.verdict());
        assertTrue(check.explanation().in(Locale.ENGLISH).startsWith("Sheet " + sheet.code()
                + " does not match the data stored now: the expert score sheet (专家评分表) of expert E5 陈磊"),
                check.explanation().in(Locale.ENGLISH));
        assertEquals(List.of("indicator 4.1 of expert E5's sheet for A03: was 7, is now 7.5."),
                changes(check, Locale.ENGLISH));
        assertEquals(List.of("专家 E5 对 A03 评分表的指标 4.1：原为 7，现为 7.5。"), changes(check, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aScoreChangedOutsideParkReviewIsFoundToo() throws SQLException {
        FilledSheet sheet = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        long id = demo.current("E5", "A03").id();
        demo.outside("UPDATE sheet_score SET score = 12 WHERE sheet_id = " + id + " AND indicator_code = '4.1'");
        assertEquals(List.of("indicator 4.1 of expert E5's sheet for A03: was 7, is now 12."),
                changes(new SheetVerification(demo.db()).check(sheet.code().value()), Locale.ENGLISH));
    }

    @Test
    void aSheetSupersededByAReReviewNoLongerMatches() {
        FilledSheet round1 = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        demo.reReviewE5OnA03("2.5 2.5 2 2.5 2.5 3 4.5 4 7 6.5 2.5 2 5");
        SheetCheck check = check(round1);
        assertEquals(SheetCheck.Verdict.CHANGED, check.verdict());
        assertEquals(List.of(
                "the sheet of round 1 was superseded by a re-review (复评): round 2 is the expert's current sheet.",
                "the comment on indicator 4.1 of expert E5's sheet for A03: was “入驻企业数量与高新技术企业占比偏低。”, is now —.",
                "the opinion (评价意见) of expert E5's sheet for A03: was “运营管理尚不成熟，入驻企业规模和服务成效有限，暂不建议支持。”, "
                        + "is now “复评后认为该单位运营管理基本符合支持方向。”.",
                "indicator 5.3 of expert E5's sheet for A03: was 4.5, is now 5."), changes(check, Locale.ENGLISH));
        FilledSheet round2 = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        assertEquals(SheetCheck.Verdict.MATCHES, check(round2).verdict());
    }

    /** A tester's round 6: the results list said 第 1 轮 for a session whose result came from a re-review. */
    @Test
    void theResultsListSaysARoundOfReReviewWasHeld() {
        LocalDate day = LocalDate.of(2026, 12, 20);
        assertEquals(1, demo.db().read(s -> StoredSheets.load(s, 1, day)).results().header().round());
        FilledSheet results = print(SheetRequest.Kind.RESULTS, null, null);
        demo.reReviewE5OnA03("2.5 2.5 2 2.5 2.5 3 4.5 4 7 6.5 2.5 2 5");
        assertEquals(2, demo.db().read(s -> StoredSheets.load(s, 1, day)).results().header().round());
        // said in words: the round, the agreement figures, the tier by its name only (round 14 read
        // "session.round", "agreement.icc_average" and "good" → "excellent")
        List<String> chinese = changes(check(results), Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("评审轮次：原为 1，现为 2。"), chinese.toString());
        assertTrue(chinese.stream().noneMatch(c -> c.contains("session.") || c.contains("agreement.")
                || c.contains("“good”") || c.contains("“fail”")), chinese.toString());
    }

    /** A tester's round 22 read "原为 false，现为 true" for the over-budget mark of a results row. */
    @Test
    void aMarkThatChangedIsSaidAsYesOrNoInTheReadersLanguage() throws SQLException {
        FilledSheet results = print(SheetRequest.Kind.RESULTS, null, null);
        demo.outside("UPDATE review_session SET budget_wan = 3000 WHERE id = 1");
        SheetCheck check = check(results);
        List<String> chinese = changes(check, Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("结果表中 A04 的超出预算标记：原为 否，现为 是。"), chinese.toString());
        List<String> english = changes(check, Locale.ENGLISH);
        assertTrue(english.stream().anyMatch(c -> c.endsWith("was no, is now yes.")), english.toString());
        assertTrue(chinese.stream().noneMatch(c -> c.contains("true") || c.contains("false")), chinese.toString());
    }

    @Test
    void aChangedCommentIsNamed() {
        FilledSheet sheet = print(SheetRequest.Kind.EXPERT, "A01", "E1");
        Actor e1 = Actor.expert("E1", "王建国");
        var scoring = new com.parkreview.app.review.ScoringService(demo.db());
        long id = demo.current("E1", "A01").id();
        scoring.reopen(e1, id, "补充说明");
        scoring.setComment(e1, id, "3.1", "商业模式有创新。");
        assertEquals(List.of("the comment on indicator 3.1 of expert E1's sheet for A01: was —, is now “商业模式有创新。”."),
                changes(check(sheet), Locale.ENGLISH));
    }

    @Test
    void theSummaryAndTheResultsAreComparedAsTheyWouldPrintNow() {
        FilledSheet summary = print(SheetRequest.Kind.SUMMARY, "A03", null);
        FilledSheet results = print(SheetRequest.Kind.RESULTS, null, null);
        FilledSheet signIn = print(SheetRequest.Kind.SIGN_IN, null, null);
        FilledSheet blank = print(SheetRequest.Kind.BLANK, "A03", null);
        assertEquals(SheetCheck.Verdict.MATCHES, check(summary).verdict());
        assertEquals(SheetCheck.Verdict.MATCHES, check(results).verdict());
        demo.correctScore("E2", "A03", "4.1", "12.5");
        List<String> summaryChanges = changes(check(summary), Locale.ENGLISH);
        assertTrue(summaryChanges.contains("indicator 4.1 of expert E2's sheet for A03: was 12, is now 12.5."),
                summaryChanges.toString());
        assertTrue(summaryChanges.contains("the panel score: was 71.7, is now 71.8."), summaryChanges.toString());
        List<String> resultsChanges = changes(check(results), Locale.ENGLISH);
        assertTrue(resultsChanges.contains("applicant A03's panel score on the list: was 71.7, is now 71.8."),
                resultsChanges.toString());
        assertEquals(SheetCheck.Verdict.MATCHES, check(signIn).verdict());
        assertEquals(SheetCheck.Verdict.MATCHES, check(blank).verdict());
    }

    @Test
    void aKeyPinnedAfterPrintingIsNamed() {
        FilledSheet sheet = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        long e5 = demo.expert("E5");
        demo.db().write(TestSessions.SECRETARY, s -> {
            s.experts().setKeyFingerprint(e5, "0E9E F536 D120 DBB4");
            return null;
        });
        assertEquals(List.of("expert E5's key fingerprint: was —, is now “0E9E F536 D120 DBB4”."),
                changes(check(sheet), Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upper case             | UPPER
            groups of four, spaces | SPACES
            dashes                 | DASHES
            the QR code's text     | QR
            """)
    void theCodeIsReadAsTypedOffThePaper(String name, String form) {
        FilledSheet sheet = print(SheetRequest.Kind.SIGN_IN, null, null);
        String code = sheet.code().value();
        String typed = switch (form) {
            case "UPPER" -> code.toUpperCase(Locale.ROOT);
            case "SPACES" -> " " + code.substring(0, 4) + " " + code.substring(4, 8) + " " + code.substring(8) + " ";
            case "DASHES" -> code.substring(0, 4) + "-" + code.substring(4, 8).toUpperCase(Locale.ROOT) + "-" + code.substring(8);
            default -> sheet.code().qrText();
        };
        assertEquals(SheetCheck.Verdict.MATCHES, new SheetVerification(demo.db()).check(typed).verdict());
    }

    @Test
    void anUnknownCodeAndSomethingThatIsNoCodeAreSaidSoAndNothingIsFound() {
        SheetCheck unknown = new SheetVerification(demo.db()).check("0123 4567 89AB");
        assertEquals(SheetCheck.Verdict.UNKNOWN, unknown.verdict());
        assertEquals(Optional.empty(), unknown.printed());
        assertTrue(unknown.explanation().in(Locale.ENGLISH).startsWith(
                "No sheet with the verification code 0123456789ab was printed from this database, and no expert sheet as "
                + "stored now gives that code."));
        SheetCheck notACode = new SheetVerification(demo.db()).check("e41b e357 1bd");
        assertEquals(SheetCheck.Verdict.NOT_A_CODE, notACode.verdict());
        assertTrue(notACode.explanation().in(Locale.ENGLISH).startsWith("\"e41b e357 1bd\" is not a verification code: "
                + "a code is 12 characters, digits 0–9 and letters a–f"), notACode.explanation().in(Locale.ENGLISH));
        assertTrue(notACode.explanation().in(Locale.SIMPLIFIED_CHINESE).startsWith("“e41b e357 1bd”不是校验码"));
    }

    @Test
    void aRecordAlteredOutsideParkReviewIsReported() throws SQLException {
        FilledSheet sheet = print(SheetRequest.Kind.EXPERT, "A03", "E5");
        demo.outside("UPDATE printed_sheet SET canonical_text = REPLACE(canonical_text, 'score.4.1=7', 'score.4.1=9')");
        SheetCheck check = check(sheet);
        assertEquals(SheetCheck.Verdict.CHANGED, check.verdict());
        assertEquals(List.of(recordAltered()), changes(check, Locale.ENGLISH));
    }

    @Test
    void aSheetOfASessionWithoutADateStillMatchesOnALaterDay() {
        Path other = dir.resolve("undated");
        FilledSheet blank;
        try (Database undated = TestSessions.freshDatabase(other)) {
            TestSessions.Ids ids = TestSessions.session(undated, 1, 3);
            StoredSheets stored = undated.read(s -> StoredSheets.load(s, ids.session(), LocalDate.now(undated.clock())));
            blank = new SheetMaker(PrintedDemo.REPORTS, undated, PrintedDemo.PRINTER).make(stored,
                    new SheetRequest(SheetRequest.Kind.BLANK, Optional.of("A01"), Optional.empty())).sheets().get(0);
            assertTrue(blank.canonicalText().contains("session.date=2026-11-20\n"));
        }
        Clock threeDaysLater = Clock.offset(TestSessions.CLOCK, Duration.ofDays(3));
        try (Database later = Database.open(DatabaseFile.of(other.resolve("test")),
                OpenOptions.existing().withClock(threeDaysLater))) {
            assertEquals(SheetCheck.Verdict.MATCHES, new SheetVerification(later).check(blank.code().value()).verdict());
        }
    }

    private static String recordAltered() {
        return com.parkreview.app.AppText.of("verifySheet.recordAltered").in(Locale.ENGLISH);
    }
}
