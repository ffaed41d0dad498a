package com.parkreview.app.review;

import static com.parkreview.app.testing.TestSessions.expert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.entry.RejectionReason;
import com.parkreview.scoring.entry.ScoreEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private ScoringService scoring;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 3, 5);
        scoring = new ScoringService(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long sheet() {
        return scoring.openSheet(expert(1), ids.expert(1), ids.applicant(1)).id();
    }

    private ScoreSheet stored(long sheet) {
        return db.read(s -> s.sheets().find(sheet)).orElseThrow();
    }

    @Test
    void committedScoreIsStoredAtOnceAndSurvivesReopening() {
        long sheet = sheet();
        scoring.commitScore(expert(1), sheet, "1.1", "４．５");
        db.close();
        db = TestSessions.reopen(dir);
        assertEquals(Optional.of(new BigDecimal("4.5")), stored(sheet).score("1.1"));
    }

    @Test
    void refusedScoreChangesNothingAndSaysWhy() {
        long sheet = sheet();
        scoring.commitScore(expert(1), sheet, "1.1", "4");
        long historyBefore = db.read(s -> s.history().count());
        ScoreEntry.Result result = scoring.commitScore(expert(1), sheet, "1.1", "5.5");
        assertEquals(RejectionReason.ABOVE_MAXIMUM, result.rejection().orElseThrow().reason());
        assertEquals(Optional.of(new BigDecimal("4")), stored(sheet).score("1.1"));
        assertEquals(historyBefore, (long) db.read(s -> s.history().count()));
    }

    @Test
    void signingNeedsEveryScoreAndTheOpinion() {
        long sheet = sheet();
        scoring.commitScore(expert(1), sheet, "1.1", "4");
        ValidationException incomplete = assertThrows(ValidationException.class, () -> scoring.sign(expert(1), sheet));
        assertTrue(incomplete.getMessage(Locale.ENGLISH).startsWith("The sheet cannot be signed yet: indicator(s) 1.2 1.3"),
                incomplete.getMessage(Locale.ENGLISH));
        for (String code : List.of("1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3")) {
            scoring.commitScore(expert(1), sheet, code, "3");
        }
        ValidationException noOpinion = assertThrows(ValidationException.class, () -> scoring.sign(expert(1), sheet));
        assertEquals("暂不能签署：评价意见为空或只有标点；请用文字写明。", noOpinion.getMessage(Locale.SIMPLIFIED_CHINESE));
        for (String nothing : List.of("。", "ˉ", "ー")) { // round 23 signed with "。"; round 25 with a modifier letter
            scoring.setOpinion(expert(1), sheet, nothing);
            assertThrows(ValidationException.class, () -> scoring.sign(expert(1), sheet), nothing);
        }
        scoring.setOpinion(expert(1), sheet, "运营成效较好。");
        ScoreSheet signed = scoring.sign(expert(1), sheet);
        assertEquals(SheetStatus.SIGNED, signed.status());
        assertEquals(Optional.of(TestSessions.CLOCK.instant()), signed.signedAt());
        assertEquals(new BigDecimal("40"), signed.total());
    }

    @Test
    void signedSheetIsLockedUntilReopenedWithAReasonThatTheHistoryKeeps() {
        long sheet = TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
        assertThrows(ValidationException.class, () -> scoring.commitScore(expert(1), sheet, "1.1", "1"));
        assertThrows(ValidationException.class, () -> scoring.setOpinion(expert(1), sheet, "改"));
        assertThrows(ValidationException.class, () -> scoring.reopen(expert(1), sheet, "  "));
        scoring.reopen(expert(1), sheet, "1.1 录入有误");
        scoring.commitScore(expert(1), sheet, "1.1", "1");
        List<HistoryEntry> history = db.read(s -> s.history().forEntity("sheet", String.valueOf(sheet)));
        assertTrue(history.stream().anyMatch(h -> h.action().equals("reopen")
                && h.oldValue().equals(Optional.of("SIGNED")) && h.newValue().equals(Optional.of("DRAFT"))));
        assertTrue(history.stream().anyMatch(h -> h.action().equals("reason")
                && h.newValue().equals(Optional.of("1.1 录入有误"))));
        HistoryEntry last = history.get(history.size() - 1);
        assertEquals("score:1.1", last.field());
        assertEquals(Optional.of("5"), last.oldValue());
        assertEquals(Optional.of("1"), last.newValue());
    }

    @Test
    void declaredConflictRemovesTheApplicantFromTheExpertsWork() {
        scoring.declareRecusal(expert(2), ids.expert(2), ids.applicant(1), "曾任该单位顾问");
        ValidationException e = assertThrows(ValidationException.class,
                () -> scoring.openSheet(expert(2), ids.expert(2), ids.applicant(1)));
        assertEquals("Expert E2 declared a conflict of interest with applicant A01 and does not score it.",
                e.getMessage(Locale.ENGLISH));
        assertThrows(ValidationException.class,
                () -> scoring.declareRecusal(expert(2), ids.expert(2), ids.applicant(2), " "));
    }

    @Test
    void applicantThatFailedPreReviewIsNotScored() {
        new SessionSetup(db).setPreReview(TestSessions.SECRETARY, ids.applicant(3),
                PreReview.failed(PreReview.FailReason.LATE, "逾期提交"));
        assertThrows(ValidationException.class, () -> scoring.openSheet(expert(1), ids.expert(1), ids.applicant(3)));
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndOldAndNew() {
        long sheet = sheet();
        scoring.commitScore(expert(1), sheet, "2.1", "3");
        scoring.commitScore(expert(1), sheet, "2.1", "3.5");
        scoring.setComment(expert(1), sheet, "2.1", "营收稳定");
        List<HistoryEntry> history = db.read(s -> s.history().forEntity("sheet", String.valueOf(sheet)));
        assertEquals(List.of("create", "change", "change", "change"), history.stream().map(HistoryEntry::action).toList());
        HistoryEntry second = history.get(2);
        assertEquals("专家 E1 专家1", second.actor());
        assertEquals(Optional.of("3"), second.oldValue());
        assertEquals(Optional.of("3.5"), second.newValue());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @Test
    void duplicateApplicantCodeOrCreditCodeIsRefusedAndNothingAdded() {
        SessionSetup setup = new SessionSetup(db);
        NewApplicant sameCode = new NewApplicant("A01", "另一单位", TestSessions.uscc(99), null, Optional.empty(), null, 9,
                Optional.empty());
        ValidationException e = assertThrows(ValidationException.class,
                () -> setup.addApplicant(TestSessions.SECRETARY, ids.session(), sameCode));
        assertEquals("Applicant code A01 is already used by 测试园区运营有限公司1; every applicant of a session has its own code.",
                e.getMessage(Locale.ENGLISH));
        NewApplicant sameUscc = new NewApplicant("A09", "另一单位", TestSessions.uscc(2), null, Optional.empty(), null, 9,
                Optional.empty());
        assertThrows(ValidationException.class, () -> setup.addApplicant(TestSessions.SECRETARY, ids.session(), sameUscc));
        assertEquals(3, db.read(s -> s.applicants().list(ids.session())).size());
    }

    /** A tester's round 6 added expert e1 王建国 beside E1 王建国, and applicants a01 and A0l beside A01. */
    @ParameterizedTest(name = "{0} beside {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a01 | A01 | applicant
            A0l | A01 | applicant
            AO1 | A01 | applicant
            e1  | E1  | expert
            EI  | E1  | expert
            E01 | E1  | expert
            A1  | A01 | applicant
            a001| A01 | applicant
            """)
    void aCodeThatOnlyLooksDifferentIsRefused(String code, String taken, String kind) {
        SessionSetup setup = new SessionSetup(db);
        ValidationException e = assertThrows(ValidationException.class, () -> {
            if (kind.equals("applicant")) {
                setup.addApplicant(TestSessions.SECRETARY, ids.session(), new NewApplicant(code, "另一单位",
                        TestSessions.uscc(99), null, Optional.empty(), null, 9, Optional.empty()));
            } else {
                setup.addExpert(TestSessions.SECRETARY, ids.session(), new NewExpert(code, "王建国", "某单位",
                        ExpertRole.INDUSTRY, false));
            }
        });
        assertTrue(e.getMessage(Locale.ENGLISH).startsWith("Code " + code + " looks like the code " + taken + " of "),
                e.getMessage(Locale.ENGLISH));
    }

    /**
     * Round 7: E01 王建国 北京理工大学 was imported beside E1 王建国 北京理工大学 (the same person twice,
     * who would score every applicant twice), and an applicant with A01's very name under another code.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same expert, spaced differently | expert    | E7  | 王 建国  | 北京理工大学   | Expert E7 王 建国 of 北京理工大学 is already on the panel as E6
            the same expert, full-width         | expert    | E7  | 王建国   | 北京理工大学　 | is already on the panel as E6
            the same operator, new credit code  | applicant | A09 | 测试园区运营有限公司1 | -     | Applicant A09 测试园区运营有限公司1 is already in the session as A01
            """)
    void oneOfThemEnteredTwiceUnderAnotherCodeIsRefused(String what, String kind, String code, String name,
            String organisation, String said) {
        SessionSetup setup = new SessionSetup(db);
        if (kind.equals("expert")) {
            setup.addExpert(TestSessions.SECRETARY, ids.session(), new NewExpert("E6", "王建国", "北京理工大学",
                    ExpertRole.INDUSTRY, false));
        }
        int before = (int) db.read(s -> s.experts().list(ids.session()).size() + s.applicants().list(ids.session()).size());
        ValidationException e = assertThrows(ValidationException.class, () -> {
            if (kind.equals("applicant")) {
                setup.addApplicant(TestSessions.SECRETARY, ids.session(), new NewApplicant(code, name,
                        TestSessions.uscc(99), null, Optional.empty(), null, 9, Optional.empty()));
            } else {
                setup.addExpert(TestSessions.SECRETARY, ids.session(), new NewExpert(code, name, organisation,
                        ExpertRole.INDUSTRY, false));
            }
        });
        assertTrue(e.getMessage(Locale.ENGLISH).contains(said), e.getMessage(Locale.ENGLISH));
        assertEquals(before, (int) db.read(s -> s.experts().list(ids.session()).size() + s.applicants().list(ids.session()).size()));
        setup.addExpert(TestSessions.SECRETARY, ids.session(), new NewExpert("E8", "王建国", "北京理工大学 管理学院",
                ExpertRole.INDUSTRY, false)); // two people of one name, told apart by their department
    }
}
