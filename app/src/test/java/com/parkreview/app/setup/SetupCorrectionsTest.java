package com.parkreview.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ScorePrecision;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correcting and removing applicants and experts: what is allowed when, and what the history keeps. */
class SetupCorrectionsTest {

    private static final Actor SECRETARY = TestSessions.SECRETARY;

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 3, 5);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Applicant applicant(int i) {
        return db.read(s -> s.applicants().find(ids.applicant(i))).orElseThrow();
    }

    private Expert expert(int i) {
        return db.read(s -> s.experts().find(ids.expert(i))).orElseThrow();
    }

    private static NewApplicant renamed(Applicant a, String code, String name, int usccNumber) {
        return new NewApplicant(code, name, TestSessions.uscc(usccNumber), new Contact("张三", "13800000000"),
                Optional.of(Money.wan("1200")), Money.ZERO, a.defenseOrder(), Optional.empty());
    }

    private static NewApplicant added(String code, String name, int usccNumber, int defenseOrder) {
        return new NewApplicant(code, name, TestSessions.uscc(usccNumber), new Contact("张三", "13800000000"),
                Optional.of(Money.wan("1200")), Money.ZERO, defenseOrder, Optional.empty());
    }

    private static String message(ValidationException e) {
        return e.getMessage(Locale.ENGLISH);
    }

    @Test
    void beforeScoringAnApplicantIsCorrectedWithoutAReasonAndTheHistoryKeepsOldAndNew() {
        new EditApplicant(db).edit(SECRETARY, applicant(2), renamed(applicant(2), "A12", "更正后的园区公司", 2), null);

        Applicant now = applicant(2);
        assertEquals("A12", now.code());
        assertEquals("更正后的园区公司", now.name());
        assertEquals(Optional.of(Money.wan("1200")), now.appliedFor());
        List<HistoryEntry> entries = db.read(s -> s.history().forEntity("applicant", String.valueOf(ids.applicant(2))));
        HistoryEntry change = entries.get(entries.size() - 1);
        assertTrue(change.oldValue().orElseThrow().contains("测试园区运营有限公司2"), change.toString());
        assertTrue(change.newValue().orElseThrow().contains("更正后的园区公司"), change.toString());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @Test
    void onceScoringStartedACorrectionNeedsAReasonAndKeepsIt() {
        TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "70");
        NewApplicant changed = renamed(applicant(3), "A03", "新名称", 3);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> new EditApplicant(db).edit(SECRETARY, applicant(3), changed, " "));
        assertTrue(message(refused).contains("needs a reason"), message(refused));
        assertEquals("测试园区运营有限公司3", applicant(3).name());

        new EditApplicant(db).edit(SECRETARY, applicant(3), changed, "营业执照名称已变更");
        assertEquals("新名称", applicant(3).name());
        assertEquals(Optional.of("营业执照名称已变更"), db.read(s -> s.history().latest(1)).get(0).newValue());
    }

    @Test
    void refusals() {
        TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "70");
        new SessionSetup(db).setJointOpinion(SECRETARY, ids.applicant(2), "同意推荐。"); // before any sheet of A02
        record Case(String expected, Runnable change) {
        }
        List<Case> cases = List.of(
                new Case("cannot change any more", () -> new EditApplicant(db).edit(SECRETARY, applicant(1),
                        renamed(applicant(1), "A09", "名称", 1), "更正")),
                new Case("already that of applicant A03", () -> new EditApplicant(db).edit(SECRETARY, applicant(2),
                        renamed(applicant(2), "A02", "名称", 3), "更正")),
                new Case("already used by", () -> new EditApplicant(db).edit(SECRETARY, applicant(2),
                        renamed(applicant(2), "A03", "名称", 2), "更正")),
                new Case("1 score sheet(s)", () -> new RemoveApplicant(db).remove(SECRETARY, ids.applicant(1))),
                new Case("Defense order 1 is already that of applicant A01", () -> new EditApplicant(db).edit(SECRETARY,
                        applicant(2), new NewApplicant("A02", applicant(2).name(), applicant(2).uscc(), applicant(2).contact(),
                                applicant(2).appliedFor(), applicant(2).receivedThisYear(), 1, Optional.empty()), "更正")),
                new Case("1 group leader's opinion entered", () -> new RemoveApplicant(db).remove(SECRETARY, ids.applicant(2))),
                new Case("1 score sheet(s)", () -> new RemoveExpert(db).remove(SECRETARY, ids.expert(1))),
                new Case("already the group leader", () -> new EditExpert(db).edit(SECRETARY, expert(2),
                        new NewExpert("E2", "专家2", "单位2", ExpertRole.INDUSTRY, true), "更正")),
                new Case("cannot change any more", () -> new EditExpert(db).edit(SECRETARY, expert(1),
                        new NewExpert("E9", "专家1", "单位1", ExpertRole.INDUSTRY, true), "更正")));
        long historyBefore = db.read(s -> s.history().verify()).entries();
        for (Case c : cases) {
            ValidationException e = assertThrows(ValidationException.class, c.change()::run, c.expected());
            assertTrue(message(e).contains(c.expected()), c.expected() + " ← " + message(e));
        }
        assertEquals(historyBefore, db.read(s -> s.history().verify()).entries(), "a refusal changes nothing");
        assertEquals(3, db.read(s -> s.applicants().list(ids.session())).size());
        assertEquals(5, db.read(s -> s.experts().list(ids.session())).size());
    }

    @Test
    void aSessionIsCorrectedWithAReasonOnceScoringStartedAndKeepsItsScoreStep() {
        EditSession edit = new EditSession(db);
        ReviewSession now = edit.current(ids.session());
        SessionDetails details = new SessionDetails(now.name(), now.year(),
                Optional.of(LocalDate.of(2026, 12, 11)), "新会议室", Optional.of(Money.wan("5000")),
                now.details().timing(), "赵秘书");
        edit.edit(SECRETARY, now, details, now.settings().withAnnualCap(Money.wan("1200")), null);
        assertEquals("新会议室", edit.current(ids.session()).details().venue());
        assertEquals(Money.wan("1200"), edit.current(ids.session()).settings().annualCap());

        TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "70");
        ReviewSession stored = edit.current(ids.session());
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> edit.edit(SECRETARY, stored, details, stored.settings().withAnnualCap(Money.wan("1500")), ""));
        assertTrue(message(noReason).contains("needs a reason"), message(noReason));
        ValidationException step = assertThrows(ValidationException.class, () -> edit.edit(SECRETARY, stored,
                details, stored.settings().withPrecision(ScorePrecision.parse("1")), "更正"));
        assertTrue(message(step).contains("score step stays 0.5"), message(step));
        assertEquals(Money.wan("1200"), edit.current(ids.session()).settings().annualCap());

        edit.edit(SECRETARY, stored, details, stored.settings().withAnnualCap(Money.wan("1500")), "上限按文件更正");
        assertEquals(Money.wan("1500"), edit.current(ids.session()).settings().annualCap());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @Test
    void anApplicantAndAnExpertNothingRefersToAreRemovedAndTheChainStillHolds() {
        new RemoveApplicant(db).remove(SECRETARY, ids.applicant(2));
        new RemoveExpert(db).remove(SECRETARY, ids.expert(5));

        assertEquals(List.of("A01", "A03"),
                db.read(s -> s.applicants().list(ids.session())).stream().map(Applicant::code).toList());
        assertEquals(List.of("E1", "E2", "E3", "E4"),
                db.read(s -> s.experts().list(ids.session())).stream().map(Expert::code).toList());
        assertTrue(db.read(s -> s.history().verify()).intact());
        new EditExpert(db).edit(SECRETARY, expert(4), new NewExpert("E5", "王五", "某会计师事务所",
                ExpertRole.FINANCE, false), null);
        assertEquals("王五", expert(4).name());
    }

    /**
     * A tester's round 7 imported a row by mistake minutes after the kits went out: it could never be
     * removed or re-coded ("4 kits handed out refer to it"), though no kit listed it. A kit lists the
     * applicants passed when it was exported; one added or passed since is in none.
     */
    @Test
    void anApplicantNoKitListsIsRemovedOrReCodedAfterTheKitsWentOut() {
        OfflineDay.kit(db, ids.session(), 1);
        db.close();
        Clock anHourLater = Clock.fixed(TestSessions.CLOCK.instant().plusSeconds(3600), TestSessions.CLOCK.getZone());
        db = Database.open(DatabaseFile.of(dir.resolve("test")), OpenOptions.existing().withClock(anHourLater));
        SessionSetup setup = new SessionSetup(db);
        long late = setup.addApplicant(SECRETARY, ids.session(), added("A04", "后来的园区公司", 9, 4));
        long passedLate = setup.addApplicant(SECRETARY, ids.session(), added("A05", "又一家园区公司", 10, 5));
        setup.setPreReview(SECRETARY, passedLate, PreReview.PASSED);

        ValidationException listed = assertThrows(ValidationException.class,
                () -> new RemoveApplicant(db).remove(SECRETARY, ids.applicant(2)));
        assertTrue(message(listed).contains("1 kit(s) handed out that list it"), message(listed));
        assertTrue(message(assertThrows(ValidationException.class, () -> new EditApplicant(db).edit(SECRETARY,
                applicant(2), renamed(applicant(2), "A09", "名称", 2), "更正"))).contains("cannot change any more"));

        Applicant mistaken = db.read(s -> s.applicants().find(late)).orElseThrow();
        new EditApplicant(db).edit(SECRETARY, mistaken, renamed(mistaken, "A06", "后来的园区公司", 9), "编号录错");
        new RemoveApplicant(db).remove(SECRETARY, late);
        new RemoveApplicant(db).remove(SECRETARY, passedLate);
        assertEquals(List.of("A01", "A02", "A03"),
                db.read(s -> s.applicants().list(ids.session())).stream().map(Applicant::code).toList());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    /**
     * A tester's round 9 failed the pre-review of an applicant the panel had scored and the merge
     * had proposed 700 万元 for, as "late", with no reason: the reason is written, or it is refused.
     */
    @Test
    void anApplicantThePanelScoredIsTakenOutOnlyWithTheReasonWritten() {
        TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
        long entries = db.read(s -> s.history().count());
        ValidationException refused = assertThrows(ValidationException.class, () -> new SessionSetup(db)
                .setPreReview(SECRETARY, ids.applicant(1), PreReview.failed(PreReview.FailReason.LATE, " ")));
        assertTrue(message(refused).startsWith("Applicant A01 (测试园区运营有限公司1) was scored by the panel (1 signed "
                + "sheet(s)): taking it out of the review needs the reason written"), message(refused));
        assertEquals(entries, (long) db.read(s -> s.history().count()), "nothing changed");
        new SessionSetup(db).setPreReview(SECRETARY, ids.applicant(1), PreReview.failed(PreReview.FailReason.NOT_ELIGIBLE,
                "答辩后核实：申报材料中的运营数据不实"));
        assertTrue(!applicant(1).preReview().passed());
    }
}
