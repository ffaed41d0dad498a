package com.parkreview.app.ui.console;

import static com.parkreview.app.ui.console.ConsoleTesting.totals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.setup.EditApplicant;
import com.parkreview.scoring.money.Money;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel view of an applicant, without a window: the table, the flags and their resolution. */
class PanelViewModelTest {

    @TempDir
    Path dir;

    private ConsoleTesting t;
    private PanelViewModel panel;

    @BeforeEach
    void setUp() {
        t = new ConsoleTesting(dir, 2, 5, totals("85", "85", "85", "85", "60"), totals("82", "81", "-", "83", "80"));
        panel = new PanelViewModel(t.console, t.merge, new com.parkreview.app.review.SessionSetup(t.db),
                TestSessions.SECRETARY);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private PanelViewModel.Row row(String code) {
        return panel.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private PanelViewModel.Row totalsRow() {
        return panel.rows().get(panel.rows().size() - 1);
    }

    private PanelViewModel.FlagItem flag(String code) {
        return panel.flags().stream().filter(f -> f.record().flagCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void tableShowsEachExpertsScoresTheMeansAndTheTotals() {
        assertEquals("A01", panel.selectedProperty().get().code());
        assertEquals(List.of("E1", "E2", "E3", "E4", "E5"), panel.experts().stream().map(e -> e.code()).toList());
        assertEquals(5 + 13 + 1, panel.rows().size(), "a heading per dimension, a row per indicator, the totals");
        // signedSheet fills indicators in order up to their maxima: 1.1 is 5 for everyone.
        assertEquals(List.of("5", "5", "5", "5", "5"), row("1.1").cells().stream().map(c -> c.text()).toList());
        assertEquals(List.of("85", "85", "85", "85", "60"), totalsRow().cells().stream().map(c -> c.text()).toList());
        assertEquals("80.00", totalsRow().mean().text());
        assertEquals("专家组得分 80.00（有效专家 5 位）：优秀，支持比例 100%，拟支持 1500.00 万元。",
                panel.outcomeProperty().get());
    }

    /** Rounds 17 and 21: the amount less the support already received this year, with nothing saying why. */
    @Test
    void theOutcomeWritesOutADeductionOfSupportAlreadyReceived() {
        Applicant a = t.db.read(s -> s.applicants().findByCode(t.ids.session(), "A01")).orElseThrow();
        new EditApplicant(t.db).edit(TestSessions.SECRETARY, a, new NewApplicant(a.code(), a.name(), a.uscc(), a.contact(),
                a.appliedFor(), Money.wan("200"), a.defenseOrder(), a.slotStart()), "补录本年已获支持");
        t.console.reload();
        panel.refresh();
        assertEquals("专家组得分 80.00（有效专家 5 位）：优秀，支持比例 100%，拟支持 1300.00 万元。"
                + "拟支持 = 上限 1500.00 × 100% − 本年已获同类支持 200.00 = 1300.00 万元（规则 6：差额支持）。",
                panel.outcomeProperty().get());
    }

    @Test
    void outlyingExpertsTotalIsMarkedWithItsReason() {
        PanelViewModel.Cell e5 = totalsRow().cells().get(4);
        assertTrue(e5.flagged().orElseThrow().contains("专家 E5：总分 60.0 与专家组中位数 85.0 相差 25.0"), e5.flagged().get());
        assertTrue(totalsRow().cells().get(0).flagged().isEmpty());
        PanelViewModel.FlagItem outlier = flag("expert_outlier:E5");
        assertTrue(outlier.open());
        assertEquals(Optional.of(t.ids.expert(5)), outlier.expertId());
    }

    @Test
    void acceptingNeedsAReasonAndThenShowsWhoAcceptedAndWhy() {
        PanelViewModel.FlagItem outlier = flag("expert_outlier:E5");
        assertThrows(ValidationException.class, () -> panel.accept(outlier, "  "));
        assertTrue(flag("expert_outlier:E5").open(), "a refused acceptance changes nothing");
        panel.accept(outlier, "专家对招商数据判断不同，理由充分");
        PanelViewModel.FlagItem after = flag("expert_outlier:E5");
        assertEquals(Optional.of("秘书 测试秘书 已接受：专家对招商数据判断不同，理由充分"), after.resolution());
    }

    /** A tester's round 6: the re-review's question named neither the expert nor the applicant. */
    @Test
    void theReReviewQuestionNamesWhoScoresAgainAndWhichApplicant() {
        Applicant a01 = panel.selectedProperty().get();
        String expert = t.db.read(s -> s.experts().find(t.ids.expert(5))).orElseThrow().name();
        assertTrue(panel.reReviewQuestion(flag("expert_outlier:E5"), false)
                .startsWith("请 E5 " + expert + " 重新评审 A01 " + a01.name() + "。"));
        assertTrue(panel.reReviewQuestion(flag("expert_outlier:E5"), true)
                .startsWith("请 全组专家 重新评审 A01 " + a01.name() + "。"));
    }

    @Test
    void reReviewOfOneExpertReopensOnlyThatSheetAndThePanelWaitsForIt() {
        panel.reReview(flag("expert_outlier:E5"), false, "请复核入驻企业数据");
        assertEquals("未签署", totalsRow().cells().get(4).text());
        assertEquals("85", totalsRow().cells().get(0).text());
        assertEquals("—", totalsRow().mean().text(), "no panel score until E5 signs again (four sheets would say 85.00)");
        assertTrue(panel.outcomeProperty().get().startsWith("复评待提交：E5。"), panel.outcomeProperty().get());
        long drafts = t.db.read(s -> s.sheets().forApplicant(t.ids.applicant(1))).stream()
                .filter(s -> s.status() == SheetStatus.DRAFT).count();
        assertEquals(1, drafts);
    }

    @Test
    void switchingApplicantShowsItsPanelWithTheMissingSheet() {
        panel.select(panel.applicants().get(1));
        assertEquals(List.of("82", "81", "未签署", "83", "80"),
                totalsRow().cells().stream().map(c -> c.text()).toList());
        assertEquals("—", totalsRow().mean().text(), "no panel score while E3 owes a sheet (four would say 81.50)");
        assertTrue(panel.outcomeProperty().get().startsWith("评分表待提交：E3（未声明回避）。"), panel.outcomeProperty().get());
        assertTrue(panel.flags().isEmpty());
    }

    @Test
    void jointOpinionIsStoredForTheApplicantItWasWrittenFor() {
        panel.jointOpinionProperty().set("  运营基础较好，建议给予支持。 ");
        panel.select(panel.applicants().get(1));
        assertEquals("", panel.jointOpinionProperty().get(), "A02 has no opinion yet");
        assertEquals("运营基础较好，建议给予支持。",
                t.db.read(s -> s.applicants().find(t.ids.applicant(1))).orElseThrow().jointOpinion());
        assertEquals("", t.db.read(s -> s.applicants().find(t.ids.applicant(2))).orElseThrow().jointOpinion());
        panel.select(panel.applicants().get(0));
        assertEquals("运营基础较好，建议给予支持。", panel.jointOpinionProperty().get());
    }

    @Test
    void dimensionsAreSharesOfTheirMaxima() {
        // Dimension 1 (max 15): everyone 15 → 100%.
        assertEquals("100.0", panel.dimensions().get(0).percent().toPlainString());
        assertEquals(5, panel.dimensions().size());
    }

    @Test
    void anApplicantShownWithNoFlagSaysSoAndAnEmptyTableWouldSayToChooseOne() {
        assertEquals("该申报单位没有需处理的标记。", panel.noFlagsProperty().get());
        assertEquals("请在左侧列表中选择一家申报单位，这里将显示各专家对它的评分。", panel.emptyTableProperty().get());
    }

    @Test
    void withNoApplicantPassedTheTableSaysWhyAndTheFlagsSayToChooseOne() throws Exception {
        try (ConsoleTesting none = new ConsoleTesting(Files.createDirectories(dir.resolve("none")), 0, 5)) {
            PanelViewModel empty = new PanelViewModel(none.console, none.merge, new SessionSetup(none.db),
                    TestSessions.SECRETARY);
            assertTrue(empty.rows().isEmpty());
            assertTrue(empty.emptyTableProperty().get().startsWith("还没有通过初审的申报单位，无从显示专家组评分。"),
                    empty.emptyTableProperty().get());
            assertEquals("在左侧选择申报单位后，这里列出它的明显偏差。", empty.noFlagsProperty().get(),
                    "not \"no obvious deviation\" for an applicant nobody chose");
        }
    }
}
