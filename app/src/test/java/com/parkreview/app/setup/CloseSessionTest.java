package com.parkreview.app.setup;

import static com.parkreview.app.testing.TestSessions.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.LateRecusal;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.ScoreImport;
import com.parkreview.app.review.ScoreReturns;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.TypedSheet;
import com.parkreview.app.testing.FolderCopy;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.StoreSnapshot;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.session.RankedApplicant;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing a session: only on merged results that are current; afterwards every kind of change
 * to the session is refused with one sentence naming it, and nothing stored changes.
 */
class CloseSessionTest {

    private static final String CLOSED = "Session 1 \"测试批次\" is closed";

    /** The merged session, built once for the class; each test works on a copy of its files. */
    @TempDir
    static Path template;
    private static TestSessions.Ids ids;
    private static long draft;
    private static long paper;
    private static long signed;

    @TempDir
    Path dir;

    private Database db;
    private Database laptop;

    /** What a change needs: the database, the session's ids and its sheets. */
    private record Fixture(Database db, Database laptop, TestSessions.Ids ids, long draft, long paper, long signed) {
        long flag() {
            return db.read(s -> s.flags().forSession(ids.session())).get(0).id();
        }
    }

    /** One kind of change to the session. */
    @FunctionalInterface
    private interface Change {
        void make(Fixture f);
    }

    @BeforeAll
    static void aSessionMergedWithADraftAPaperSheetAFlagAndAKitOut() {
        Locale.setDefault(Locale.ENGLISH);
        try (Database db = TestSessions.freshDatabase(template, "secretary")) {
            ids = TestSessions.session(db, 4, 6);
            try (Database laptop = OfflineDay.laptop(template, OfflineDay.kit(db, ids.session(), 5))) {
                OfflineDay.signed(laptop, "A02", "75");
            }
            for (int e = 1; e <= 6; e++) { // A01's whole panel: a session closes only once each has answered
                TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), e == 5 ? "60" : "85");
            }
            signed = db.read(s -> s.sheets().current(ids.expert(1), ids.applicant(1))).orElseThrow().id();
            for (int e = 1; e <= 1; e++) { // A02 left unfinished: E5's laptop still out
                TestSessions.signedSheet(db, ids.expert(e), ids.applicant(2), "75");
            }
            paper = new PaperEntry(db).enterWhole(Actor.secretary("王录入"),
                    List.of(new TypedSheet(ids.expert(4), ids.applicant(2), scores(db), "同意。"))).get(0).id();
            new PaperEntry(db).secondEntry(Actor.secretary("李复核"), paper, scores(db)); // settled: it counts
            ScoringService scoring = new ScoringService(db);
            draft = scoring.openSheet(SECRETARY, ids.expert(1), ids.applicant(3)).id();
            scoring.commitScore(SECRETARY, draft, "1.1", "3");
            new MergeResults(db, new MergeService(db)).merge(SECRETARY, ids.session());
            acceptEveryFlag(db);
        }
    }

    /** The secretary accepts every open deviation flag with a reason: a session closes only then. */
    private static void acceptEveryFlag(Database db) {
        MergeService merge = new MergeService(db);
        db.read(s -> s.applicants().list(ids.session())).forEach(a -> merge.openFlags(a.id())
                .forEach(flag -> merge.accept(SECRETARY, flag.id(), "专家组讨论后认可")));
    }

    @BeforeEach
    void aCopyOfTheMergedSession() {
        Locale.setDefault(Locale.ENGLISH);
        FolderCopy.files(template, dir);
        db = open(dir.resolve("secretary"));
        laptop = open(FolderCopy.theOne(dir, "laptop-", ".mv.db"));
    }

    private static Database open(Path file) {
        return Database.open(DatabaseFile.of(file), OpenOptions.existing().withClock(TestSessions.CLOCK));
    }

    @AfterEach
    void closeTheFiles() {
        laptop.close();
        db.close();
    }

    private static Map<String, String> scores(Database db) {
        Map<String, String> scores = new LinkedHashMap<>();
        db.read(s -> s.sessions().find(ids.session())).orElseThrow().settings().rubric().indicators().stream()
                .map(Indicator::code).forEach(code -> scores.put(code, "1"));
        return scores;
    }

    private CloseSession.Closed close() {
        return new CloseSession(db).close(new CloseSession.Request(ids.session(), "赵秘书"));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("score import", f -> {
                    ReturnedScores scores = new ScoreReturns(f.laptop()).prepare().scores();
                    new ScoreImport(f.db()).importScores(SECRETARY, scores, false, Optional.of(f.ids().session()), "E5.prscore");
                }),
                change("score enter: a paper sheet opened", f -> new PaperEntry(f.db()).openPaperSheet(SECRETARY,
                        f.ids().expert(2), f.ids().applicant(3))),
                change("score enter: whole sheets", f -> new PaperEntry(f.db()).enterWhole(SECRETARY,
                        List.of(new TypedSheet(f.ids().expert(3), f.ids().applicant(3), Map.of("1.1", "1"), "同意。")))),
                change("score enter --second", f -> new PaperEntry(f.db()).secondEntry(Actor.secretary("李复核"), f.paper(),
                        Map.of("1.1", "1"))),
                change("score resolve", f -> new PaperResolution(f.db()).resolve(SECRETARY, f.paper(), "1.1",
                        PaperResolution.Keep.FIRST, "纸质评分表上为 1")),
                change("a score typed", f -> new ScoringService(f.db()).commitScore(SECRETARY, f.draft(), "1.2", "2")),
                change("a score cleared", f -> new ScoringService(f.db()).clearScore(SECRETARY, f.draft(), "1.1", Optional.empty())),
                change("a comment", f -> new ScoringService(f.db()).setComment(SECRETARY, f.draft(), "1.1", "好")),
                change("an opinion", f -> new ScoringService(f.db()).setOpinion(SECRETARY, f.draft(), "同意。")),
                change("sign", f -> new ScoringService(f.db()).sign(SECRETARY, f.draft())),
                change("a signed sheet re-opened", f -> new ScoringService(f.db()).reopen(SECRETARY, f.signed(), "看错")),
                change("a new sheet", f -> new ScoringService(f.db()).openSheet(SECRETARY, f.ids().expert(2),
                        f.ids().applicant(4))),
                change("recusal", f -> new ScoringService(f.db()).declareRecusal(SECRETARY, f.ids().expert(2),
                        f.ids().applicant(4), "曾任顾问")),
                change("a conflict found after signing", f -> new LateRecusal(f.db()).record(SECRETARY, f.ids().expert(2),
                        f.ids().applicant(1), "汇总后发现曾任顾问")),
                change("pledge", f -> new ScoringService(f.db()).confirmPledge(SECRETARY, f.ids().expert(6))),
                change("a flag accepted", f -> new MergeService(f.db()).accept(SECRETARY, f.flag(), "合理")),
                change("re-review", f -> new MergeService(f.db()).orderReReview(SECRETARY, f.flag(),
                        Optional.of(f.ids().expert(5)), "明显偏差")),
                change("pre-review", f -> new SessionSetup(f.db()).setPreReview(SECRETARY, f.ids().applicant(4),
                        PreReview.PENDING)),
                change("pre-review with materials", f -> new SessionSetup(f.db()).recordPreReview(SECRETARY,
                        f.ids().applicant(4), List.of(), PreReview.PENDING)),
                change("materials", f -> new SessionSetup(f.db()).recordMaterials(SECRETARY, f.ids().applicant(4), List.of())),
                change("joint opinion", f -> new SessionSetup(f.db()).setJointOpinion(SECRETARY, f.ids().applicant(1), "同意")),
                change("status", f -> new SessionSetup(f.db()).setStatus(SECRETARY, f.ids().session(), SessionStatus.SCORING)),
                change("applicant added", f -> new SessionSetup(f.db()).addApplicant(SECRETARY, f.ids().session(),
                        newApplicant("A09", 9))),
                change("applicants imported", f -> new SessionSetup(f.db()).addApplicants(SECRETARY, f.ids().session(),
                        List.of(newApplicant("A09", 9)))),
                change("expert added", f -> new SessionSetup(f.db()).addExpert(SECRETARY, f.ids().session(),
                        new NewExpert("E9", "某", "某单位", ExpertRole.INDUSTRY, false))),
                change("experts imported", f -> new SessionSetup(f.db()).addExperts(SECRETARY, f.ids().session(),
                        List.of(new NewExpert("E9", "某", "某单位", ExpertRole.INDUSTRY, false)))),
                change("applicant edited", f -> {
                    Applicant a = f.db().read(s -> s.applicants().find(f.ids().applicant(4))).orElseThrow();
                    new EditApplicant(f.db()).edit(SECRETARY, a, new NewApplicant(a.code(), "改名", a.uscc(),
                            a.contact(), a.appliedFor(), a.receivedThisYear(), a.defenseOrder(), a.slotStart()), "更正");
                }),
                change("applicant removed", f -> new RemoveApplicant(f.db()).remove(SECRETARY, f.ids().applicant(4))),
                change("expert edited", f -> new EditExpert(f.db()).edit(SECRETARY,
                        f.db().read(s -> s.experts().find(f.ids().expert(6))).orElseThrow(),
                        new NewExpert("E6", "改名", "单位6", ExpertRole.FINANCE, false), "更正")),
                change("expert removed", f -> new RemoveExpert(f.db()).remove(SECRETARY, f.ids().expert(6))),
                change("session edited", f -> {
                    ReviewSession now = new EditSession(f.db()).current(f.ids().session());
                    new EditSession(f.db()).edit(SECRETARY, now, now.details(),
                            now.settings().withAnnualCap(Money.wan("100")), "更正");
                }),
                change("kit export", f -> new OfflineKits(f.db()).issue(SECRETARY, f.ids().session(), "E6")),
                change("merge", f -> new MergeResults(f.db(), new MergeService(f.db())).merge(SECRETARY, f.ids().session())));
    }

    private static Arguments change(String name, Change change) {
        return Arguments.of(name, change);
    }

    private static NewApplicant newApplicant(String code, int n) {
        return new NewApplicant(code, "新园区" + n, TestSessions.uscc(n), Contact.NONE, Optional.empty(), Money.ZERO, n,
                Optional.empty());
    }

    private StoreSnapshot everything() {
        return StoreSnapshot.of(db);
    }

    private List<Applicant> applicants() {
        return db.read(s -> s.applicants().list(ids.session()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everyChangeToAClosedSessionIsRefusedNamingItAndNothingChanges(String name, Change change) {
        Fixture fixture = fixture();
        close();
        StoreSnapshot before = everything();
        List<Applicant> applicantsBefore = applicants();
        ReviewSession sessionBefore = db.read(s -> s.sessions().find(ids.session())).orElseThrow();

        ValidationException refused = assertThrows(ValidationException.class, () -> change.make(fixture));

        assertTrue(refused.getMessage(Locale.ENGLISH).startsWith(CLOSED), name + ": " + refused.getMessage(Locale.ENGLISH));
        assertEquals(before, everything(), name + " changed the store");
        assertEquals(applicantsBefore, applicants());
        assertEquals(sessionBefore, db.read(s -> s.sessions().find(ids.session())).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everyChangeWorksWhileTheSessionIsOpen(String name, Change change) {
        Fixture fixture = fixture();
        StoreSnapshot before = everything();
        try {
            change.make(fixture);
        } catch (ValidationException e) {
            // some changes are refused for reasons of their own here (a sheet incomplete): never for a closed session
            assertTrue(!e.getMessage(Locale.ENGLISH).contains("is closed"), name + ": " + e.getMessage(Locale.ENGLISH));
            return;
        }
        assertTrue(!before.equals(everything()) || name.equals("merge"), name + " changed nothing while open");
    }

    @Test
    void closingRecordsWhoClosedItAndTheSessionShowsAsDecided() {
        CloseSession.Closed closed = close();

        assertEquals("秘书 赵秘书", closed.closedBy());
        assertEquals(SECRETARY.name(), closed.mergedBy());
        assertEquals(SessionStatus.DECIDED, db.read(s -> s.sessions().find(ids.session())).orElseThrow().status());
        List<HistoryEntry> latest = db.read(s -> s.history().latest(20));
        HistoryEntry note = latest.stream().filter(e -> e.action().equals(CloseSession.ACTION)).findFirst().orElseThrow();
        assertEquals("秘书 赵秘书", note.actor());
        assertTrue(note.newValue().orElseThrow().startsWith("closed by 秘书 赵秘书 on the merge of"), note.toString());
        assertTrue(latest.stream().anyMatch(e -> e.actor().equals("秘书 赵秘书")
                && e.newValue().equals(Optional.of("DECIDED"))), latest.toString());
        assertEquals(ResultsStanding.State.CURRENT, new ResultsStanding(db).of(ids.session()).state(),
                "reading the results still works");
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    /**
     * A tester's round 10 closed four sessions of one operator, 2023 to 2026, each proposing
     * 1500 万元: nothing recorded a year of support, and the fourth year went unflagged (rule 8).
     * Closing records each operator funded within the budget, in the session's year, with its
     * amount; an unfinished or unfunded applicant is not recorded.
     */
    @Test
    void closingRecordsTheYearOfSupportOfEachOperatorItFunds() {
        RankedApplicant a01 = new MergeService(db).results(ids.session()).row("A01").orElseThrow();
        Money amount = a01.result().outcome().orElseThrow().amount();
        assertTrue(!amount.isZero(), amount.toWanString());

        CloseSession.Closed closed = close();

        assertEquals(1, closed.supportYears());
        ReviewSession session = db.read(s -> s.sessions().find(ids.session())).orElseThrow();
        List<OperatorSupport> years = db.read(s -> s.operatorSupport().forSessionApplicants(ids.session()));
        assertEquals(1, years.size(), years.toString());
        Applicant funded = db.read(s -> s.applicants().find(ids.applicant(1))).orElseThrow();
        assertEquals(funded.uscc(), years.get(0).uscc());
        assertEquals(session.year(), years.get(0).year());
        assertEquals(Optional.of(amount), years.get(0).amount());
        assertEquals(Optional.of(ids.session()), years.get(0).sessionId());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    /**
     * A tester's round 12 recorded support of the session's year for a funded operator after the
     * merge (another session of the year closed): the results stayed current, the flag was never
     * raised, and the session closed, the operator paid twice in one year. The flag the merge finds
     * now keeps the session open, recorded or not.
     */
    @Test
    void supportRecordedAfterTheMergeRaisesItsFlagBeforeTheSessionCloses() {
        Applicant a01 = db.read(s -> s.applicants().find(ids.applicant(1))).orElseThrow();
        int year = db.read(s -> s.sessions().find(ids.session())).orElseThrow().year();
        new SessionSetup(db).recordSupport(SECRETARY, new OperatorSupport(a01.uscc(), year, Optional.empty(),
                Optional.of(Money.wan("1500")), "另一批次"));

        ValidationException refused = assertThrows(ValidationException.class, this::close);
        assertTrue(refused.getMessage().contains("A01 (1 flag)"), refused.getMessage());
        assertEquals(SessionStatus.MERGED, db.read(s -> s.sessions().find(ids.session())).orElseThrow().status());
    }

    @Test
    void aSessionNotMergedIsNotClosed() {
        Database other = TestSessions.freshDatabase(dir, "other");
        try {
            long session = TestSessions.session(other, 1, 3).session();
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> new CloseSession(other).close(new CloseSession.Request(session, "赵秘书")));
            assertEquals("Session 1 \"测试批次\" cannot be closed: it has not been merged yet. Merge it first "
                    + "(merge --record, or the console's Merge), then close it.", refused.getMessage(Locale.ENGLISH));
            assertEquals(SessionStatus.SCORING, other.read(s -> s.sessions().find(session)).orElseThrow().status());
        } finally {
            other.close();
        }
    }

    @Test
    void resultsOutOfDateAreNotClosedUntilMergedAgain() {
        new ScoringService(db).reopen(SECRETARY, signed, "看错");
        StoreSnapshot before = everything();

        ValidationException refused = assertThrows(ValidationException.class, this::close);

        String message = refused.getMessage(Locale.SIMPLIFIED_CHINESE);
        assertTrue(message.startsWith("评审批次 1“测试批次”不能结束：结果已过期。"), message);
        assertTrue(message.contains("请重新汇总。此外，以下专家组成员既未回避，也没有计入的评分表") && message.contains("E1 / A01（未签署）"),
                "out of date, and the sheet owed on the data as it stands, said at once (round 9): " + message);
        assertEquals(Optional.of(refused.text()), new CloseSession(db).refusal(ids.session()));
        assertEquals(before, everything());
        new MergeResults(db, new MergeService(db)).merge(SECRETARY, ids.session());
        ValidationException owed = assertThrows(ValidationException.class, this::close, "E1's re-opened sheet does not count");
        assertTrue(owed.getMessage(Locale.ENGLISH).contains("experts of the panel have neither recused nor a sheet that "
                + "counts, and closing would decide the money on the other sheets: E1 / A01 (not signed)."),
                owed.getMessage(Locale.ENGLISH));
        signAgainAndMerge();
        assertEquals(Optional.empty(), new CloseSession(db).refusal(ids.session()));
        assertEquals(SessionStatus.DECIDED.name(), closeAndStatus());
    }

    /**
     * A tester's round 7 closed a session with an expert 30.5 points from the median and a
     * tier-sensitive applicant, flags unhandled (rule 9: the secretary resolves each flag): refused,
     * naming the applicants, nothing changed; once each is accepted with a reason it closes.
     */
    @Test
    void openDeviationFlagsKeepTheSessionOpenUntilEachIsResolved() {
        Fresh made = fresh("flagged", 5, "85", "85", "85", "85", "60");
        Database fresh = made.db();
        try {
            TestSessions.Ids flagged = made.ids();
            new MergeResults(fresh, new MergeService(fresh)).merge(SECRETARY, flagged.session());
            StoreSnapshot before = StoreSnapshot.of(fresh);

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> new CloseSession(fresh).close(new CloseSession.Request(flagged.session(), "赵秘书")));

            String message = refused.getMessage(Locale.SIMPLIFIED_CHINESE);
            assertTrue(message.startsWith("评审批次 1“测试批次”不能结束：仍有未处理的标记（明显偏差、超出支持期限、签署后回避等；"
                    + "既未写明理由接受，也未下达复评）：A01（"),
                    message);
            assertTrue(message.endsWith("请逐项处理：秘书工作台的“专家组评分”页，或 flags list 后 flags accept / flags rereview。"),
                    message);
            assertEquals(before, StoreSnapshot.of(fresh));
            acceptEveryFlag(fresh, flagged.applicant(1));
            new CloseSession(fresh).close(new CloseSession.Request(flagged.session(), "赵秘书"));
            assertEquals(SessionStatus.DECIDED, fresh.read(s -> s.sessions().find(flagged.session())).orElseThrow().status());
        } finally {
            fresh.close();
        }
    }

    /** A database of its own in the folder: one applicant, its experts, their sheets signed with these totals. */
    private record Fresh(Database db, TestSessions.Ids ids) {
    }

    private Fresh fresh(String name, int experts, String... totals) {
        Database db = TestSessions.freshDatabase(dir, name);
        TestSessions.Ids ids = TestSessions.session(db, 1, experts);
        for (int e = 0; e < totals.length; e++) {
            TestSessions.signedSheet(db, ids.expert(e + 1), ids.applicant(1), totals[e]);
        }
        return new Fresh(db, ids);
    }

    private static void acceptEveryFlag(Database db, long applicant) {
        MergeService merge = new MergeService(db);
        merge.openFlags(applicant).forEach(flag -> merge.accept(SECRETARY, flag.id(), "专家组讨论后认可"));
    }

    /** E1's re-opened sheet signed again as it was: its flags are new, found on other sheets, and open. */
    private void signAgainAndMerge() {
        new ScoringService(db).sign(Actor.secretary("录入"), signed);
        new MergeResults(db, new MergeService(db)).merge(SECRETARY, ids.session());
    }

    /**
     * A tester's round 8 closed a session with E5's signed paper sheet of A03 typed in once, awaiting
     * its second entry, or not typed at all: A03 was paid 1200 万元 on four sheets instead of 840 on
     * five, and nothing was said. Refused, naming each sheet owed and its state, nothing changed.
     */
    @ParameterizedTest(name = "E6''s sheet of A01 {0}")
    @ValueSource(strings = {"typed once from paper", "never typed"})
    void aSheetTheRankedApplicantsPanelStillOwesKeepsTheSessionOpen(String state) {
        Fresh made = fresh("owed", 6, "85", "85", "85", "85", "85");
        Database fresh = made.db();
        try {
            TestSessions.Ids owing = made.ids();
            if (state.equals("typed once from paper")) {
                new PaperEntry(fresh).enterWhole(Actor.secretary("王录入"),
                        List.of(new TypedSheet(owing.expert(6), owing.applicant(1), scores(fresh), "同意。")));
            }
            new MergeResults(fresh, new MergeService(fresh)).merge(SECRETARY, owing.session());
            StoreSnapshot before = StoreSnapshot.of(fresh);

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> new CloseSession(fresh).close(new CloseSession.Request(owing.session(), "赵秘书")));

            assertTrue(refused.getMessage(Locale.ENGLISH).contains(": E6 / A01 (" + (state.equals("never typed") ? "no sheet"
                    : "paper sheet awaiting its second entry, or its two entries differ") + ")."),
                    refused.getMessage(Locale.ENGLISH));
            assertEquals(before, StoreSnapshot.of(fresh));
            if (state.equals("never typed")) { // the expert did not score it at all: said with a reason
                new ScoringService(fresh).declareRecusal(SECRETARY, owing.expert(6), owing.applicant(1), "未出席该场答辩");
            } else {
                long sheet = fresh.read(s -> s.sheets().current(owing.expert(6), owing.applicant(1))).orElseThrow().id();
                new PaperEntry(fresh).secondEntry(Actor.secretary("李复核"), sheet, scores(fresh));
            }
            new MergeResults(fresh, new MergeService(fresh)).merge(SECRETARY, owing.session());
            acceptEveryFlag(fresh, owing.applicant(1)); // E6's paper sheet of ones is far from the others
            new CloseSession(fresh).close(new CloseSession.Request(owing.session(), "赵秘书"));
            assertEquals(SessionStatus.DECIDED, fresh.read(s -> s.sessions().find(owing.session())).orElseThrow().status());
        } finally {
            fresh.close();
        }
    }

    /**
     * A tester's round 9 typed three of A03's five signed paper sheets once: A03 had two valid
     * experts, was decided as unfinished, and the session closed (0 instead of 700 万元). Sheets the
     * experts signed that only wait to count are owed by an unfinished applicant too.
     */
    @Test
    void signedPaperSheetsAwaitingTheirSecondEntryKeepTheSessionOpenThoughTheApplicantIsUnfinished() {
        Fresh made = fresh("unfinished", 5, "85", "85");
        Database fresh = made.db();
        try {
            TestSessions.Ids owing = made.ids();
            for (int e = 3; e <= 5; e++) {
                new PaperEntry(fresh).enterWhole(Actor.secretary("王录入"),
                        List.of(new TypedSheet(owing.expert(e), owing.applicant(1), scores(fresh), "同意。")));
            }
            new MergeResults(fresh, new MergeService(fresh)).merge(SECRETARY, owing.session());
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> new CloseSession(fresh).close(new CloseSession.Request(owing.session(), "赵秘书")));
            assertTrue(refused.getMessage(Locale.ENGLISH).contains(": E3 / A01 (paper sheet awaiting its second entry, or "
                    + "its two entries differ), E4 / A01 (paper sheet"), refused.getMessage(Locale.ENGLISH));
        } finally {
            fresh.close();
        }
    }

    /**
     * A tester's round 6 ordered E5's re-review of A01, merged again at once, and the session could
     * have been closed: A01 decided as unfinished, the sheet asked for never counted.
     */
    @Test
    void aReReviewNotBackKeepsTheSessionOpenAndA01Unranked() {
        TestSessions.reReviewOrdered(db, ids.expert(5), ids.applicant(1));
        new MergeResults(db, new MergeService(db)).merge(SECRETARY, ids.session());
        RankedApplicant a01 = new MergeService(db).results(ids.session()).row("A01").orElseThrow();
        assertEquals(Optional.empty(), a01.result().outcome(), "four sheets of five: no panel score while E5's is awaited");
        assertEquals(List.of("re_review_awaited:E5"), a01.flagCodes().subList(0, 1));
        StoreSnapshot before = everything();

        ValidationException refused = assertThrows(ValidationException.class, this::close);

        // and what closing would then decide, all at once (round 21 F3 learnt of A06 only after fixing A05); not A01,
        // whose re-review is what is awaited
        assertEquals("Session 1 \"测试批次\" cannot be closed: ordered re-reviews have not come back: A01（E5）. Close it "
                + "once their sheets are signed and the session is merged again. When that is done, closing still decides "
                + "this: Closing decides these applicants as unfinished (未完成): unranked, nothing proposed for them: "
                + "A02 测试园区运营有限公司2 (2 valid experts), A03 测试园区运营有限公司3 (0 valid experts), "
                + "A04 测试园区运营有限公司4 (0 valid experts).", refused.getMessage(Locale.ENGLISH));
        assertEquals(before, everything());
    }

    /**
     * A tester's round 6 closed a session whose late applicant had no sheet at all, and was not told;
     * round 8 closed one with three summaries' group leader opinion empty, unasked.
     */
    @Test
    void theApplicantsAClosingDecidesAsUnfinishedAndTheSummariesWithoutAnOpinionAreNamedBeforeIt() {
        String unfinished = "Closing decides these applicants as unfinished (未完成): unranked, nothing proposed for "
                + "them: A02 测试园区运营有限公司2 (2 valid experts), A03 测试园区运营有限公司3 (0 valid experts), "
                + "A04 测试园区运营有限公司4 (0 valid experts).";
        String opinions = " Also, no joint opinion of the group leader (组长意见) is typed for %s: their summary sheets "
                + "print an empty box, to be written by hand.";
        assertEquals(Optional.of(unfinished + opinions.formatted("A01 A02 A03 A04")),
                new CloseSession(db).whatItDecides(ids.session()).map(text -> text.in(Locale.ENGLISH)));
        new SessionSetup(db).setJointOpinion(SECRETARY, ids.applicant(1), "运营成效突出，同意支持。");
        assertEquals(Optional.of(unfinished + opinions.formatted("A02 A03 A04")),
                new CloseSession(db).whatItDecides(ids.session()).map(text -> text.in(Locale.ENGLISH)));
    }

    private Fixture fixture() {
        return new Fixture(db, laptop, ids, draft, paper, signed);
    }

    @Test
    void aClosedSessionIsNotClosedTwiceAndTheRefusalIsInTheUsersLanguage() {
        close();
        ValidationException again = assertThrows(ValidationException.class, this::close);
        assertEquals("Session 1 \"测试批次\" is closed already.", again.getMessage(Locale.ENGLISH));
        ValidationException typed = assertThrows(ValidationException.class,
                () -> new ScoringService(db).commitScore(SECRETARY, draft, "1.2", "2"));
        assertTrue(typed.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("评审批次 1“测试批次”已结束：结果已确定，不能再作任何修改"),
                typed.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aClosingNeedsTheSecretarysName() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new CloseSession.Request(ids.session(), "  "));
        assertTrue(refused.getMessage(Locale.ENGLISH).contains("--secretary NAME"), refused.getMessage(Locale.ENGLISH));
    }

    private String closeAndStatus() {
        close();
        return db.read(s -> s.sessions().find(ids.session())).orElseThrow().status().name();
    }
}
