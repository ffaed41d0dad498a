package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.session.SessionResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sheets typed in from paper count only after a second person's matching entry. */
class PaperEntryTest {

    private static final Actor FIRST = Actor.secretary("王录入");
    private static final Actor SECOND = Actor.secretary("李复核");
    /** Table 1 scored to 80: indicators filled in order up to their maxima. */
    private static final Map<String, String> EIGHTY = scores("5 5 5 5 5 5 10 10 15 15 0 0 0");

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private PaperEntry paper;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 1, 3);
        paper = new PaperEntry(db);
        for (int e = 1; e <= 2; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), "70");
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Map<String, String> scores(String spaced) {
        String[] values = spaced.split(" ");
        List<String> codes = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2",
                "5.3");
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            map.put(codes.get(i), values[i]);
        }
        return map;
    }

    /** Expert 3's paper sheet typed in by the first person and signed. */
    private long typedPaperSheet() {
        long sheet = paper.openPaperSheet(FIRST, ids.expert(3), ids.applicant(1)).id();
        ScoringService scoring = new ScoringService(db);
        EIGHTY.forEach((code, score) -> scoring.commitScore(FIRST, sheet, code, score));
        scoring.setOpinion(FIRST, sheet, "同意（纸质）。");
        scoring.sign(FIRST, sheet);
        return sheet;
    }

    private int validExperts() {
        SessionResult result = new MergeService(db).results(ids.session());
        return result.row("A01").orElseThrow().result().validExperts();
    }

    @Test
    void paperSheetDoesNotCountUntilTheSecondEntryMatches() {
        long sheet = typedPaperSheet();
        assertEquals(SheetOrigin.PAPER, db.read(s -> s.sheets().find(sheet)).orElseThrow().origin());
        assertEquals(2, validExperts());
        PaperComparison comparison = paper.secondEntry(SECOND, sheet, EIGHTY);
        assertTrue(comparison.matches());
        assertEquals("The second entry matches the first: the sheet counts.", comparison.text().in(Locale.ENGLISH));
        assertEquals(3, validExperts());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @ParameterizedTest(name = "second entry {0} differs at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5 5 5 5 5 5 10 10 15 15 0 0 0.5 | 5.3 (0 / 0.5)
            4 5 5 5 5 5 10 10 15 15 0 0 0   | 1.1 (5 / 4)
            5 5 5 5 5 5 10 10 15 14 1 0 0   | 4.2 (15 / 14), 5.1 (0 / 1)
            """)
    void mismatchNamesTheIndicatorsThatDifferAndTheSheetDoesNotCount(String second, String differences) {
        long sheet = typedPaperSheet();
        PaperComparison comparison = paper.secondEntry(SECOND, sheet, scores(second));
        assertFalse(comparison.matches());
        assertEquals(differences, comparison.describe());
        assertEquals("The second entry differs from the first at " + differences + " (first / second). Check the paper "
                + "sheet, correct the entry that is wrong; the sheet does not count until both agree.",
                comparison.text().in(Locale.ENGLISH));
        assertEquals(2, validExperts());
        assertEquals(Optional.of(comparison), paper.comparison(sheet));
    }

    /**
     * A tester's round 11 typed the second entry of a paper sheet the secretary had set aside by a
     * recusal after signing, and was told "the sheet counts in the merge": it did not. Refused,
     * saying why, and nothing kept.
     */
    @Test
    void aSecondEntryOfASheetSetAsideByALateRecusalIsRefusedSayingSo() {
        long sheet = typedPaperSheet();
        new LateRecusal(db).record(Actor.secretary("赵秘书"), ids.expert(3), ids.applicant(1), "缺席答辩");
        long history = db.read(s -> s.history().count());
        ValidationException e = assertThrows(ValidationException.class, () -> paper.secondEntry(SECOND, sheet, EIGHTY));
        assertEquals("Expert E3's sheet for applicant A01 was set aside by a conflict of interest recorded after signing: "
                + "it does not count, and a second entry would change nothing.", e.getMessage(Locale.ENGLISH));
        assertEquals(history, (long) db.read(s -> s.history().count()));
    }

    @Test
    void correctedFirstEntryCountsOnceBothAgree() {
        long sheet = typedPaperSheet();
        assertFalse(paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 15 0 0 0")).matches());
        ScoringService scoring = new ScoringService(db);
        scoring.reopen(FIRST, sheet, "1.1 按纸质表应为 4 分");
        scoring.commitScore(FIRST, sheet, "1.1", "4");
        assertEquals(2, validExperts(), "a re-opened sheet is a draft");
        scoring.sign(FIRST, sheet);
        assertTrue(paper.comparison(sheet).orElseThrow().matches());
        assertEquals(3, validExperts());
    }

    @ParameterizedTest(name = "keep {0}")
    @CsvSource(delimiter = '|', textBlock = """
            FIRST  | 5 | 5
            SECOND | 4 | 4
            """)
    void theSecretarySettlesEachDifferenceAndTheHistoryNamesBothTypists(PaperResolution.Keep keep, String sheetValue,
            String checkValue) {
        long sheet = typedPaperSheet();
        assertFalse(paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 14 1 0 0")).matches());
        Actor secretary = Actor.secretary("赵秘书");
        PaperResolution resolution = new PaperResolution(db);

        PaperComparison after = resolution.resolve(secretary, sheet, "1.1", keep, "纸质表 1.1 为 " + sheetValue);

        assertEquals("4.2 (15 / 14), 5.1 (0 / 1)", after.describe(), "the other differences stay");
        assertEquals(2, validExperts());
        ScoreSheet stored = db.read(s -> s.sheets().find(sheet)).orElseThrow();
        assertEquals(0, new BigDecimal(sheetValue).compareTo(stored.entries().get(0).score().orElseThrow()));
        assertEquals(0, new BigDecimal(checkValue).compareTo(db.read(s -> s.paperChecks().find(sheet))
                .orElseThrow().scores().get("1.1")));
        HistoryEntry note = db.read(s -> s.history().latest(1)).get(0);
        assertEquals(Optional.of("1.1 " + keep.name().toLowerCase(Locale.ROOT) + ": first 5 (秘书 王录入), second 4 "
                + "(秘书 李复核); 纸质表 1.1 为 " + sheetValue), note.newValue());
        assertEquals("秘书 赵秘书", note.actor());

        resolution.resolve(secretary, sheet, "4.2", PaperResolution.Keep.FIRST, "纸质表为 15");
        assertTrue(resolution.resolve(secretary, sheet, "5.1", PaperResolution.Keep.FIRST, "纸质表为 0").matches());
        assertEquals(3, validExperts(), "nothing differs: the sheet counts");
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @Test
    void aSettlementNeedsADifferenceAndAReason() {
        long sheet = typedPaperSheet();
        PaperResolution resolution = new PaperResolution(db);
        Actor secretary = Actor.secretary("赵秘书");
        ValidationException noSecond = assertThrows(ValidationException.class,
                () -> resolution.resolve(secretary, sheet, "1.1", PaperResolution.Keep.FIRST, "核对"));
        assertTrue(noSecond.getMessage(Locale.ENGLISH).contains("has no second entry yet"));
        paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 15 0 0 0"));
        long history = db.read(s -> s.history().count());
        ValidationException same = assertThrows(ValidationException.class,
                () -> resolution.resolve(secretary, sheet, "1.2", PaperResolution.Keep.FIRST, "核对"));
        assertEquals("The two entries agree at indicator 1.2: there is nothing to settle there.",
                same.getMessage(Locale.ENGLISH));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> resolution.resolve(secretary, sheet, "1.1", PaperResolution.Keep.FIRST, " "));
        assertTrue(noReason.getMessage(Locale.ENGLISH).startsWith("Settling a difference needs a reason"));
        assertEquals(history, (long) db.read(s -> s.history().count()));
    }

    /**
     * A tester's round 5 answered the window's question about the paper with 9, neither typing (5
     * and 4 here): the kept value went in with a reason that contradicts it. A reason that is only a
     * number is the paper's value, so it must be the one kept (full-width digits read as digits).
     */
    @ParameterizedTest(name = "keep {0} with the reason \"{1}\": refused {2}")
    @CsvSource({
            "FIRST,  9,        true",
            "SECOND, ９,       true",
            "FIRST,  4,        true",
            "FIRST,  5,        false",
            "SECOND, 4.0,      false",
            "FIRST,  纸质表为 9, false",
    })
    void aReasonThatIsOnlyANumberMustBeTheValueKept(PaperResolution.Keep keep, String reason, boolean refused) {
        long sheet = typedPaperSheet();
        paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 15 0 0 0"));
        PaperResolution resolution = new PaperResolution(db);
        Actor secretary = Actor.secretary("赵秘书");
        long history = db.read(s -> s.history().count());
        if (refused) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> resolution.resolve(secretary, sheet, "1.1", keep, reason));
            assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("指标 1.1：理由只写了数字 "), e.getMessage(Locale.SIMPLIFIED_CHINESE));
            assertEquals(history, (long) db.read(s -> s.history().count()));
        } else {
            assertTrue(resolution.resolve(secretary, sheet, "1.1", keep, reason).matches());
        }
    }

    @Test
    void secondEntryByWhoeverTypedTheFirstIsRefused() {
        long sheet = typedPaperSheet();
        long history = db.read(s -> s.history().count());
        ValidationException e = assertThrows(ValidationException.class, () -> paper.secondEntry(FIRST, sheet, EIGHTY));
        assertEquals("秘书 王录入 typed (part of) the first entry of this paper sheet; the second entry is typed by "
                + "someone else.", e.getMessage(Locale.ENGLISH));
        assertEquals(history, (long) db.read(s -> s.history().count()));
        assertEquals(Optional.empty(), paper.comparison(sheet));
    }

    /** A tester's round 7 typed the second entry as "张三 ", "alice" for Alice, full-width Ａｌｉｃｅ: each taken as someone else. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"王录入 ", " 王录入", "王录入\u3000", "王 录入", "王录入\ufe0f", "王\u00a0录入"})
    void theSameNameWrittenAnotherWayIsTheSamePerson(String typed) {
        long sheet = typedPaperSheet();
        ValidationException e = assertThrows(ValidationException.class,
                () -> paper.secondEntry(Actor.secretary(typed), sheet, EIGHTY));
        assertTrue(e.getMessage(Locale.ENGLISH).endsWith("typed (part of) the first entry of this paper sheet; the second "
                + "entry is typed by someone else."), e.getMessage(Locale.ENGLISH));
        assertEquals(Optional.empty(), paper.comparison(sheet));
    }

    @Test
    void secondEntryFollowsRuleTwoAndNeedsAFinishedFirstEntry() {
        long draft = paper.openPaperSheet(FIRST, ids.expert(3), ids.applicant(1)).id();
        ValidationException unfinished = assertThrows(ValidationException.class,
                () -> paper.secondEntry(SECOND, draft, EIGHTY));
        assertTrue(unfinished.getMessage(Locale.ENGLISH).startsWith("The first entry of paper sheet"));
        long typed = db.read(s -> s.sheets().current(ids.expert(1), ids.applicant(1))).orElseThrow().id();
        assertThrows(ValidationException.class, () -> paper.secondEntry(SECOND, typed, EIGHTY));
        long sheet = typedPaperSheet();
        Map<String, String> offStep = new LinkedHashMap<>(EIGHTY);
        offStep.put("1.1", "4.7");
        ValidationException e = assertThrows(ValidationException.class, () -> paper.secondEntry(SECOND, sheet, offStep));
        assertTrue(e.getMessage(Locale.ENGLISH).contains("4.7"), e.getMessage(Locale.ENGLISH));
    }

    @Test
    void secondEntriesAreKeptInTheHistory() {
        long sheet = typedPaperSheet();
        paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 15 0 0 0"));
        paper.secondEntry(Actor.secretary("赵复核"), sheet, EIGHTY);
        List<HistoryEntry> history = db.read(s -> s.history().forEntity("paper_check", String.valueOf(sheet)));
        assertTrue(history.stream().anyMatch(h -> h.field().equals("score:1.1") && h.oldValue().equals(Optional.of("4"))
                && h.newValue().equals(Optional.of("5"))), history.toString());
        PaperCheck stored = db.read(s -> s.paperChecks().find(sheet)).orElseThrow();
        assertEquals(new BigDecimal("5"), stored.scores().get("1.1"));
        assertEquals("秘书 赵复核", stored.enteredBy());
        assertTrue(paper.comparison(sheet).orElseThrow().matches());
    }

    @Test
    void typedDraftIsNotTakenOverByPaper() {
        ScoringService scoring = new ScoringService(db);
        long draft = scoring.openSheet(TestSessions.expert(3), ids.expert(3), ids.applicant(1)).id();
        scoring.commitScore(TestSessions.expert(3), draft, "1.1", "3");
        ValidationException e = assertThrows(ValidationException.class,
                () -> paper.openPaperSheet(FIRST, ids.expert(3), ids.applicant(1)));
        assertEquals("Expert E3's draft for applicant A01 already has scores typed in; a paper sheet is typed into a "
                + "sheet of its own.", e.getMessage(Locale.ENGLISH));
    }

    /**
     * A tester's round 7 settled a difference reading the paper, then typed the first file again as
     * a "second" entry: the sheet stopped counting and the settlement was undone, unasked.
     */
    @ParameterizedTest(name = "settled by {0}")
    @ValueSource(strings = {"agreeing entries", "the secretary's settlement"})
    void aSettledSheetIsNotUndoneByAFurtherEntryThatDiffers(String how) {
        long sheet = typedPaperSheet();
        if (how.equals("agreeing entries")) {
            assertTrue(paper.secondEntry(SECOND, sheet, EIGHTY).matches());
        } else {
            assertFalse(paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 15 0 0 0")).matches());
            assertTrue(new PaperResolution(db).resolve(Actor.secretary("赵秘书"), sheet, "1.1", PaperResolution.Keep.FIRST,
                    "纸质表 1.1 为 5").matches());
        }
        long history = db.read(s -> s.history().count());

        ValidationException e = assertThrows(ValidationException.class,
                () -> paper.secondEntry(Actor.secretary("丁录入"), sheet, scores("5 5 5 5 5 5 10 10 15 14 1 0 0")));

        assertEquals("E3 / A01: this paper sheet counts already: its two entries agree (the second typed by 秘书 李复核, any "
                + "difference settled). An entry that differs from them is not taken. To correct it, re-open the sheet with "
                + "a reason (Re-open… on the sheet in the window) and type it again.", e.getMessage(Locale.ENGLISH));
        assertEquals(history, (long) db.read(s -> s.history().count()), "nothing stored");
        assertEquals(3, validExperts(), "the sheet still counts");
        assertTrue(paper.secondEntry(Actor.secretary("丁录入"), sheet, EIGHTY).matches(),
                "an entry that agrees changes nothing, and is taken (a file of second entries typed again)");
        assertEquals(3, validExperts());
    }

    /** A tester's round 7 had the typist of the first entry settle the difference with her own reading. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"王录入", "李复核", " 李复核　", "李 复核"})
    void aDifferenceIsNotSettledByEitherTypist(String resolver) {
        long sheet = typedPaperSheet();
        assertFalse(paper.secondEntry(SECOND, sheet, scores("4 5 5 5 5 5 10 10 15 15 0 0 0")).matches());
        long history = db.read(s -> s.history().count());
        ValidationException e = assertThrows(ValidationException.class, () -> new PaperResolution(db)
                .resolve(Actor.secretary(resolver), sheet, "1.1", PaperResolution.Keep.FIRST, "纸质表为 5"));
        assertTrue(e.getMessage(Locale.ENGLISH).endsWith("typed an entry of this paper sheet; a difference is settled by "
                + "someone who typed neither entry, reading the paper (--secretary NAME)."), e.getMessage(Locale.ENGLISH));
        assertEquals(history, (long) db.read(s -> s.history().count()));
        assertFalse(paper.comparison(sheet).orElseThrow().matches());
    }

    /** A tester's round 7: "the overall opinion is empty", naming neither the sheet nor --opinion. */
    @Test
    void aWholeSheetWithoutAnOpinionNamesTheSheetAndTheOption() {
        ValidationException e = assertThrows(ValidationException.class, () -> paper.enterWhole(FIRST,
                List.of(new TypedSheet(ids.expert(3), ids.applicant(1), EIGHTY, " "))));
        assertEquals("E3 / A01: the overall opinion (评价意见) is empty, or punctuation alone, and a sheet is signed only with it: give --opinion "
                + "TEXT (e.g. 见专家签字的纸质评分表).", e.getMessage(Locale.ENGLISH));
        assertEquals(Optional.empty(), db.read(s -> s.sheets().current(ids.expert(3), ids.applicant(1))));
    }
}
