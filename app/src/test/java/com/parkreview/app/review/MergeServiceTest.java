package com.parkreview.app.review;

import static com.parkreview.app.testing.TestSessions.expert;
import static com.parkreview.app.testing.TestSessions.signedSheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private MergeService merge;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 2, 5);
        merge = new MergeService(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void panel(int applicant, String... totals) {
        for (int e = 0; e < totals.length; e++) {
            if (!totals[e].equals("-")) {
                signedSheet(db, ids.expert(e + 1), ids.applicant(applicant), totals[e]);
            }
        }
    }

    private RankedApplicant row(SessionResult result, String code) {
        return result.row(code).orElseThrow();
    }

    @Test
    void onlySignedSheetsAndRecusalsCountNotDrafts() {
        panel(1, "85", "84", "86", "-", "-");
        ScoringService scoring = new ScoringService(db);
        long draft = scoring.openSheet(expert(4), ids.expert(4), ids.applicant(1)).id();
        scoring.commitScore(expert(4), draft, "1.1", "1");
        scoring.declareRecusal(expert(5), ids.expert(5), ids.applicant(1), "亲属任职");
        RankedApplicant a01 = row(merge.results(ids.session()), "A01");
        assertEquals(3, a01.result().validExperts());
        assertEquals(List.of("E5"), a01.result().recusedExperts());
        assertEquals(List.of("E4"), a01.result().awaitingSheets(), "E4's draft does not count: the panel waits for it");
        assertTrue(a01.result().panelScore().isEmpty());

        scoring.declareRecusal(expert(4), ids.expert(4), ids.applicant(1), "曾任该单位顾问");
        a01 = row(merge.results(ids.session()), "A01");
        assertEquals(List.of(), a01.result().awaitingSheets());
        assertEquals("85.00", a01.result().panelScore().orElseThrow().toPlainString());
    }

    /**
     * A tester's round 10 set aside the group leader's signed sheet after the merge (a recusal
     * recorded after signing): A05 rose from 79.90 良好 to 80.00 优秀, 450 万元 more, the flags that
     * had pointed at that sheet were gone, and nothing needed accepting. The panel must now accept
     * the set-aside sheet with a reason, as a deviation; it is not re-reviewed.
     */
    @Test
    void aSheetSetAsideAfterSigningIsAFlagThePanelMustAccept() {
        panel(1, "79.5", "80", "80", "80", "80");
        long e1Sheet = db.read(s -> s.sheets().current(ids.expert(1), ids.applicant(1))).orElseThrow().id();
        assertEquals("79.90", row(merge.results(ids.session()), "A01").result().panelScore().orElseThrow().toPlainString());

        assertEquals(e1Sheet, new LateRecusal(db).record(TestSessions.SECRETARY, ids.expert(1), ids.applicant(1), "后发现利害关系"));
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        RankedApplicant a01 = row(merge.results(ids.session()), "A01");
        assertEquals("80.00", a01.result().panelScore().orElseThrow().toPlainString());
        List<FlagRecord> open = merge.openFlags(ids.applicant(1));
        assertEquals(List.of("set_aside:E1"), open.stream().map(FlagRecord::flagCode).toList());
        assertTrue(open.get(0).explanation().contains("79.5"), open.get(0).explanation());

        assertTrue(!MergeService.reReviewable("set_aside:E1") && MergeService.reReviewable("expert_outlier:E1"),
                "the window offers no re-review it would refuse (window walk 10)");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> merge.orderReReview(TestSessions.SECRETARY, open.get(0).id(), Optional.empty(), "复评"));
        assertTrue(refused.getMessage().contains("set_aside:E1"), refused.getMessage());
        merge.accept(TestSessions.SECRETARY, open.get(0).id(), "专家组确认：E1 与该单位存在利害关系，其评分不计入。");
        assertTrue(merge.openFlags(ids.applicant(1)).isEmpty());
    }

    @Test
    void sessionBudgetAndOperatorsEarlierYearsComeFromTheStore() {
        panel(1, "85", "85", "85", "85", "85");
        panel(2, "82", "82", "82", "82", "82");
        Applicant a02 = db.read(s -> s.applicants().find(ids.applicant(2))).orElseThrow();
        SessionSetup setup = new SessionSetup(db);
        for (int year : List.of(2023, 2024, 2025)) {
            setup.recordSupport(TestSessions.SECRETARY, new OperatorSupport(a02.uscc(), year, Optional.empty(),
                    Optional.of(Money.wan("1500")), ""));
        }
        SessionResult result = merge.results(ids.session());
        assertTrue(row(result, "A02").periodExceeded());
        assertEquals(List.of("period_exceeded"), row(result, "A02").flagCodes());
        assertEquals(Optional.of(Money.wan("3000")), result.budget());
        // 1500 + 1500 reaches the 3000 budget exactly: reached, not passed.
        assertEquals(Money.wan("3000"), row(result, "A02").runningTotal().orElseThrow());
        assertEquals(false, row(result, "A02").overBudget());
    }

    /**
     * A tester's round 11 held two sessions of one year in one database: the second proposed the
     * operator 1500 万元 again, the database recording the first's 1500 for that year. The row is
     * flagged until the amount received this year covers it, or the panel accepts it.
     */
    @Test
    void supportOfThisYearRecordedElsewhereIsAFlagUntilTheAmountReceivedCoversIt() {
        panel(1, "85", "85", "85", "85", "85");
        Applicant a01 = db.read(s -> s.applicants().find(ids.applicant(1))).orElseThrow();
        int year = db.read(s -> s.sessions().find(ids.session())).orElseThrow().year();
        new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(a01.uscc(), year, Optional.empty(),
                Optional.of(Money.wan("1500")), "第一批次"));
        assertEquals(List.of("supported_this_year"), row(merge.results(ids.session()), "A01").flagCodes());
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        FlagRecord flag = merge.openFlags(ids.applicant(1)).get(0);
        assertTrue(flag.explanation().contains("1500.00") && flag.explanation().contains("0.00"), flag.explanation());
        assertThrows(ValidationException.class,
                () -> merge.orderReReview(TestSessions.SECRETARY, flag.id(), Optional.empty(), "复评"));

        db.write(TestSessions.SECRETARY, s -> {
            s.applicants().update(a01.id(), new NewApplicant(a01.code(), a01.name(), a01.uscc(), a01.contact(),
                    a01.appliedFor(), Money.wan("1500"), a01.defenseOrder(), a01.slotStart()));
            return null;
        });
        RankedApplicant covered = row(merge.results(ids.session()), "A01");
        assertEquals(List.of(), covered.flagCodes(), "the amount received now covers it: 差额支持 leaves nothing");
        assertEquals(Money.ZERO, covered.result().outcome().orElseThrow().amount());
    }

    /**
     * A tester's round 15 changed the credit code of an applicant, after the merge, to another valid
     * one: the flag of the support another session of the year had recorded for it vanished, and the
     * operator was proposed 1500 万元 a second time. Support is found under the operator's very name too.
     */
    @Test
    void aCreditCodeChangedAfterTheMergeDoesNotHideSupportRecordedForTheOperatorsName() {
        panel(1, "85", "85", "85", "85", "85");
        Applicant a01 = db.read(s -> s.applicants().find(ids.applicant(1))).orElseThrow();
        int year = db.read(s -> s.sessions().find(ids.session())).orElseThrow().year();
        TestSessions.Ids first = TestSessions.session(db, 1, 3); // the first session of the year, its A01 the same operator
        new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(a01.uscc(), year,
                Optional.of(first.session()), Optional.of(Money.wan("1500")), "第一批次结束时拟支持"));
        assertEquals(List.of("supported_this_year"), row(merge.results(ids.session()), "A01").flagCodes());

        db.write(TestSessions.SECRETARY, s -> {
            s.applicants().update(a01.id(), new NewApplicant(a01.code(), a01.name(), TestSessions.uscc(99), a01.contact(),
                    a01.appliedFor(), a01.receivedThisYear(), a01.defenseOrder(), a01.slotStart()));
            return null;
        });
        assertEquals(List.of("supported_this_year"), row(merge.results(ids.session()), "A01").flagCodes(),
                "the same operator by its name");
        db.write(TestSessions.SECRETARY, s -> {
            s.applicants().update(a01.id(), new NewApplicant(a01.code(), "另一家园区运营有限公司", TestSessions.uscc(99),
                    a01.contact(), a01.appliedFor(), a01.receivedThisYear(), a01.defenseOrder(), a01.slotStart()));
            return null;
        });
        assertEquals(List.of(), row(merge.results(ids.session()), "A01").flagCodes(), "another operator: no support of its own");
    }

    /**
     * A tester's round 15 accepted supported_this_year on 300 万元 typed as received, then typed the
     * amount received down to 0: the acceptance covered 300 万元 more. An acceptance holds for the
     * figures it was given on; other figures are asked again.
     */
    @Test
    void anAcceptedRuleFlagIsAskedAgainWhenItsFiguresChange() {
        panel(1, "85", "85", "85", "85", "85");
        Applicant a01 = db.read(s -> s.applicants().find(ids.applicant(1))).orElseThrow();
        int year = db.read(s -> s.sessions().find(ids.session())).orElseThrow().year();
        setReceived(a01, "300");
        new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(a01.uscc(), year, Optional.empty(),
                Optional.of(Money.wan("750")), "第一批次"));
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        FlagRecord flag = merge.openFlags(ids.applicant(1)).get(0);
        merge.accept(TestSessions.SECRETARY, flag.id(), "专家组确认：300 已含在 750 中");
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        assertEquals(List.of(), merge.openFlags(ids.applicant(1)), "accepted on these figures");

        setReceived(a01, "0");
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        assertEquals(List.of("supported_this_year"),
                merge.openFlags(ids.applicant(1)).stream().map(FlagRecord::flagCode).toList(), "asked again on 0 received");
        setReceived(a01, "300");
        assertEquals(List.of(), merge.openFlags(ids.applicant(1)), "the figures accepted are back: so is the acceptance");
    }

    private void setReceived(Applicant applicant, String received) {
        db.write(TestSessions.SECRETARY, s -> {
            s.applicants().update(applicant.id(), new NewApplicant(applicant.code(), applicant.name(), applicant.uscc(),
                    applicant.contact(), applicant.appliedFor(), Money.wan(received), applicant.defenseOrder(),
                    applicant.slotStart()));
            return null;
        });
    }

    @Test
    void outlierIsRecordedAcceptedWithAReasonAndThenNoLongerOpen() {
        panel(1, "85", "85", "85", "85", "60");
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        List<FlagRecord> open = merge.openFlags(ids.applicant(1));
        FlagRecord outlier = open.stream().filter(f -> f.flagCode().equals("expert_outlier:E5")).findFirst().orElseThrow();
        assertTrue(outlier.explanation().contains("专家 E5：总分 60.0 与专家组中位数 85.0 相差 25.0 分"), outlier.explanation());
        assertThrows(ValidationException.class, () -> merge.accept(TestSessions.SECRETARY, outlier.id(), ""));
        merge.accept(TestSessions.SECRETARY, outlier.id(), "该专家对园区招商数据有不同判断，理由充分");
        assertTrue(merge.openFlags(ids.applicant(1)).stream().noneMatch(f -> f.id() == outlier.id()));
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        assertTrue(merge.openFlags(ids.applicant(1)).stream().noneMatch(f -> f.flagCode().equals("expert_outlier:E5")),
                "merging again does not reopen a resolved flag on the same sheets");
    }

    /**
     * The attack: a flag accepted for E5's sheet, then that sheet re-opened, lowered and signed
     * again. The acceptance was given for a total of 60; it must not carry over to what is signed now.
     */
    @Test
    void aSheetReopenedAndSignedAgainAsksForItsFlagsAgain() {
        panel(1, "85", "85", "85", "85", "-");
        long e5 = signedSheet(db, ids.expert(5), ids.applicant(1), "60");
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        FlagRecord outlier = merge.openFlags(ids.applicant(1)).stream()
                .filter(f -> f.flagCode().equals("expert_outlier:E5")).findFirst().orElseThrow();
        merge.accept(TestSessions.SECRETARY, outlier.id(), "理由充分");

        ScoringService scoring = new ScoringService(db);
        scoring.reopen(TestSessions.SECRETARY, e5, "专家更正 1.1 的分数");
        scoring.commitScore(TestSessions.SECRETARY, e5, "1.1", "0");
        scoring.sign(TestSessions.SECRETARY, e5);
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());

        FlagRecord again = merge.openFlags(ids.applicant(1)).stream()
                .filter(f -> f.flagCode().equals("expert_outlier:E5")).findFirst()
                .orElseThrow(() -> new AssertionError("the flag on the changed sheet is open again"));
        assertTrue(again.id() != outlier.id());
        assertTrue(again.explanation().contains("总分 55.0 与专家组中位数 85.0"), again.explanation());
        assertTrue(db.read(s -> s.flags().find(outlier.id())).orElseThrow().resolved(),
                "the acceptance of the sheets as they were is kept");
        assertEquals(SheetsKey.ids(outlier.sheetsKey()), SheetsKey.ids(again.sheetsKey()), "the same sheets, changed");

        merge.accept(TestSessions.SECRETARY, again.id(), "专家更正后仍有不同判断，理由充分");
        Applicant a01 = db.read(s -> s.applicants().find(ids.applicant(1))).orElseThrow();
        List<String> printed = db.read(s -> com.parkreview.app.sheets.StoredSheets.load(s, ids.session(),
                java.time.LocalDate.of(2026, 12, 7)).summary(a01)).resolutions().stream()
                .map(r -> r.resolution().text()).toList();
        assertEquals(List.of("专家更正后仍有不同判断，理由充分"), printed,
                "the summary prints the acceptance of the sheet as signed, not the one of the scores changed since");
    }

    @Test
    void reReviewSupersedesTheSheetKeepsItAndOpensANewRound() {
        panel(1, "85", "85", "85", "85", "60");
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        FlagRecord outlier = merge.openFlags(ids.applicant(1)).stream()
                .filter(f -> f.flagCode().equals("expert_outlier:E5")).findFirst().orElseThrow();
        merge.orderReReview(TestSessions.SECRETARY, outlier.id(), Optional.of(ids.expert(5)), "请专家 E5 复核入驻企业数据");

        List<ScoreSheet> e5 = db.read(s -> s.sheets().forApplicant(ids.applicant(1))).stream()
                .filter(s -> s.expertId() == ids.expert(5)).toList();
        assertEquals(2, e5.size());
        assertEquals(SheetStatus.SUPERSEDED, e5.get(0).status());
        assertEquals("60", e5.get(0).total().toPlainString());
        assertEquals(2, e5.get(1).round());
        assertEquals(SheetStatus.DRAFT, e5.get(1).status());
        // Until E5 signs again the panel has four valid experts.
        assertEquals(4, row(merge.results(ids.session()), "A01").result().validExperts());

        signedSheet(db, ids.expert(5), ids.applicant(1), "84.5");
        RankedApplicant a01 = row(merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session()), "A01");
        assertEquals("84.90", a01.result().panelScore().orElseThrow().toPlainString());
        assertTrue(a01.result().flags().isEmpty());
        ChainCheck check = db.read(s -> s.history().verify());
        assertTrue(check.intact(), () -> check.firstBreak().orElseThrow().what().in(java.util.Locale.ENGLISH));
    }

    @Test
    void flagsAreRecordedOnceAndReadingAgainWritesNothing() {
        panel(1, "85", "85", "85", "85", "60");
        MergedSession first = merge.merged(TestSessions.SECRETARY, ids.session());
        Applicant a01 = first.stored().applicants().get(0);
        assertEquals(List.of("expert_outlier:E5", "indicator_outlier:E5:4.2", "indicator_outlier:E5:5.1", "tier_split",
                "tier_sensitive"), first.currentFlags(a01).stream().map(FlagRecord::flagCode).toList());
        long history = db.read(s -> s.history().verify()).entries();
        MergedSession again = merge.merged(TestSessions.SECRETARY, ids.session());
        assertEquals(history, db.read(s -> s.history().verify()).entries(), "nothing new: nothing written");
        assertEquals(first.currentFlags(a01), again.currentFlags(a01));
    }

    /**
     * A tester's round 8 ordered E5's re-review, ran a merge, and accepted a tier split found on
     * the four sheets left: the panel's flags are those of its whole panel, not of the sheets left
     * while one is awaited. None is recorded, so none can be resolved, until the new sheet counts.
     */
    @Test
    void noFlagIsRecordedForAnApplicantWhileItsReReviewIsAwaited() {
        panel(1, "85", "85", "85", "60", "40");
        TestSessions.reReviewOrdered(db, ids.expert(5), ids.applicant(1));
        SessionResult result = merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        assertEquals(List.of("E5"), row(result, "A01").result().awaitingReReview());
        assertEquals(List.of(), merge.openFlags(ids.applicant(1)), "E4's deviation on the four sheets left is not recorded");
        assertEquals(List.of(), db.read(s -> s.flags().forApplicant(ids.applicant(1))));
    }
}
