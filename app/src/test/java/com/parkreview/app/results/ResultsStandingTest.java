package com.parkreview.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.sheets.PrintSheets;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.reports.ReportService;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After the merge (汇总), a change that would change the results — a recusal found late, a sheet
 * signed late, a signed sheet re-opened — shows the results as out of date, names what differs,
 * and keeps the sheets that carry results from being printed until the secretary merges again.
 */
class ResultsStandingTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private MergeResults merge;
    private ResultsStanding standing;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 2, 5);
        for (int e = 1; e <= 5; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), e == 5 ? "70" : "85");
        }
        for (int e = 1; e <= 4; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(2), "75");
        }
        merge = new MergeResults(db, new MergeService(db));
        standing = new ResultsStanding(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void beforeAnyMergeThereIsNothingToCompareWith() {
        assertEquals(ResultsStanding.State.NOT_MERGED, standing.of(ids.session()).state());
    }

    @Test
    void aMergeRecordsWhatItDecidedAndTheDataStillGivesIt() {
        merge.merge(TestSessions.SECRETARY, ids.session());

        ResultsStanding.Standing now = standing.of(ids.session());
        assertEquals(ResultsStanding.State.CURRENT, now.state());
        assertEquals(Optional.of(TestSessions.SECRETARY.name()), now.mergedBy());
        assertEquals(SessionStatus.MERGED, db.read(s -> s.sessions().find(ids.session()).orElseThrow().status()));
    }

    static Stream<Arguments> changesAfterTheMerge() {
        return Stream.of(
                Arguments.of("a recusal found late", (BiConsumer<Database, TestSessions.Ids>) (db, ids) ->
                        recuseLate(db, ids, 5, 1), "A01"),
                Arguments.of("a sheet signed late", (BiConsumer<Database, TestSessions.Ids>) (db, ids) ->
                        TestSessions.signedSheet(db, ids.expert(5), ids.applicant(2), "95"), "A02"),
                // a rule's flag raised or gone after the merge (round 15: a year corrected made them vanish, "current")
                Arguments.of("support of this year recorded after the merge", (BiConsumer<Database, TestSessions.Ids>)
                        (db, ids) -> new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(
                                TestSessions.uscc(1), db.read(s -> s.sessions().find(ids.session())).orElseThrow().year(),
                                Optional.empty(), Optional.of(Money.wan("1500")), "另一批次")), "A01"),
                Arguments.of("a signed sheet re-opened", (BiConsumer<Database, TestSessions.Ids>) (db, ids) -> {
                    ScoreSheet sheet = db.read(s -> s.sheets().current(ids.expert(1), ids.applicant(2))).orElseThrow();
                    new ScoringService(db).reopen(TestSessions.SECRETARY, sheet.id(), "专家要求更正笔误");
                }, "A02"));
    }

    /** An expert who signed discloses a conflict after the merge: the sheet re-opened, the recusal declared. */
    private static void recuseLate(Database db, TestSessions.Ids ids, int expert, int applicant) {
        ScoringService scoring = new ScoringService(db);
        ScoreSheet sheet = db.read(s -> s.sheets().current(ids.expert(expert), ids.applicant(applicant))).orElseThrow();
        scoring.reopen(TestSessions.SECRETARY, sheet.id(), "专家声明回避");
        scoring.declareRecusal(TestSessions.SECRETARY, ids.expert(expert), ids.applicant(applicant), "与申报单位存在利害关系");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesAfterTheMerge")
    void aChangeAfterTheMergeMakesTheResultsOutOfDateUntilMergedAgain(String change,
            BiConsumer<Database, TestSessions.Ids> makeChange, String applicant) {
        merge.merge(TestSessions.SECRETARY, ids.session());

        makeChange.accept(db, ids);

        ResultsStanding.Standing stale = standing.of(ids.session());
        assertEquals(ResultsStanding.State.OUT_OF_DATE, stale.state(), change);
        assertTrue(stale.differences().stream().allMatch(d -> d.code().equals(applicant)), stale.differences()::toString);
        String words = stale.words().in(Locale.SIMPLIFIED_CHINESE);
        assertTrue(words.contains("结果已过期") && words.contains(applicant), words);

        merge.merge(TestSessions.SECRETARY, ids.session());
        assertEquals(ResultsStanding.State.CURRENT, standing.of(ids.session()).state());
    }

    /** A tester's round 5 read "A04 新增申报单位 — → —" when an applicant joined after the merge. */
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A04 | added   | —     | —     | A04 新增参评，尚无评分
            A04 | added   | —     | 85.00 | A04 新增参评，得分 85.00
            A03 | removed | 70.00 | —     | A03 不再参评
            A01 | score   | 80.00 | 82.00 | A01 得分 80.00 → 82.00
            """)
    void eachDifferenceIsSaidInWords(String code, String what, String before, String after, String said) {
        assertEquals(said, new ResultsSnapshot.Difference(code, what, before, after).words().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aChangeThatLeavesTheResultsAsTheyWereDoesNotMakeThemOutOfDate() {
        merge.merge(TestSessions.SECRETARY, ids.session());

        new com.parkreview.app.review.SessionSetup(db).setJointOpinion(TestSessions.SECRETARY, ids.applicant(1),
                "同意支持。");

        assertEquals(ResultsStanding.State.CURRENT, standing.of(ids.session()).state());
    }

    @Test
    void theSheetsThatCarryResultsAreNotPrintedFromOutOfDateResults() {
        merge.merge(TestSessions.SECRETARY, ids.session());
        recuseLate(db, ids, 5, 1);
        PrintSheets print = new PrintSheets(db, new ReportService());

        for (SheetRequest.Kind kind : List.of(SheetRequest.Kind.RESULTS, SheetRequest.Kind.SUMMARY, SheetRequest.Kind.PACK)) {
            ValidationException refused = assertThrows(ValidationException.class, () -> print.print(TestSessions.SECRETARY,
                    ids.session(), new SheetRequest(kind, Optional.empty(), Optional.empty())), kind::name);
            String message = refused.getMessage(Locale.SIMPLIFIED_CHINESE);
            assertTrue(message.contains("A01") && message.contains("merge --session " + ids.session() + " --record"),
                    message);
        }
        // an expert's own sheet carries no merged result: still printed
        assertFalse(print.print(TestSessions.SECRETARY, ids.session(), new SheetRequest(SheetRequest.Kind.BLANK,
                Optional.empty(), Optional.empty())).sheets().isEmpty());
    }

    @Test
    void aSnapshotThatIsNotOneIsReadAsNoMerge() {
        assertTrue(ResultsSnapshot.parse("something else").isEmpty());
        assertTrue(ResultsSnapshot.parse("results-v1\nA01\t1\t85").isEmpty());
        assertEquals(1, ResultsSnapshot.parse("results-v1\nA01\t1\t85.00\t优秀\t1500.00\t5").orElseThrow().lines().size());
    }
}
