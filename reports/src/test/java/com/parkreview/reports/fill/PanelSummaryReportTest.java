package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.ExpertRole;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ResolvedFlag;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.SheetStatus;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.settings.AggregationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelSummaryReportTest {

    private static final List<PanelSummary> SUMMARIES = RealisticSession.pack().summaries();
    private static final PanelSummary A02 = SUMMARIES.get(1);
    private static final PanelSummary A03 = SUMMARIES.get(2);
    private static final byte[] A03_BYTES = SheetPdf.export(fill(A03));
    private static final PdfText A03_PDF = PdfText.of(A03_BYTES);
    /** The expert columns of panel-summary.jrxml: from left margin 36 + 300, 52 wide each. */
    private static final float FIRST_EXPERT_X = 336;
    private static final float COLUMN_WIDTH = 52;

    /**
     * A tester's round 14 added the column of means of a trimmed panel to 81.00 above a panel score
     * of 81.67, with nothing saying which totals were left out: the rule names them, and says the
     * column is of every valid expert, each mean rounded.
     */
    @Test
    void aTrimmedMeanNamesTheTotalsLeftOutAndTheMeansAreSaidToBeForReference() {
        SessionPack trimmed = RealisticSession.underTerms(RealisticSession.SETTINGS.withRule(AggregationRule.TRIMMED_MEAN));
        PanelSummary a01 = trimmed.summaries().get(0);
        String text = PdfText.of(SheetPdf.export(PanelSummaryReport.fill(a01, trimmed.settings()))).all()
                .replaceAll("\\s+", "");
        assertTrue(text.contains("去掉一个最高分和一个最低分后的算术平均值（去掉最高E3"), text);
        assertTrue(text.contains("、最低E4"), text);
        assertTrue(text.contains("表中各指标平均分为全部有效专家的平均，各自四舍五入，仅供参考"), text);
    }

    @Test
    void printsTheChineseTitleAndTheApplicant() {
        assertTrue(A03_PDF.all().contains("专家组评分汇总表"));
        assertTrue(A03_PDF.all().contains("首钢园具身智能产业基地运营管理有限公司"));
        assertTrue(A03_PDF.all().contains("复评（第 2 轮）"));
    }

    @ParameterizedTest(name = "indicator {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.1 | 5 4.0 4.5 4.0 4.0 4.0 2.5 4.10
            1.2 | 5 4.0 4.0 4.0 3.5 3.5 2.5 3.80
            1.3 | 5 3.5 4.0 4.0 4.0 1.5※1 2.0 3.40
            2.1 | 5 4.0 4.0 4.0 4.0 4.0 2.5 4.00
            3.1 | 10 7.5 8.0 7.5 7.0 7.0 4.5 7.40
            4.1 | 15 12.0 12.0 11.5 12.0 11.0 7.0 11.70
            4.2 | 15 11.5 12.0 11.5 11.0 11.0 6.5 11.40
            5.3 | 10 8.0 8.0 7.5 7.5 7.5 4.5 7.70
            """)
    void printsEachExpertsScoreSideBySideWithTheSupersededScoreAndTheMean(String code, String cells) {
        String line = A03_PDF.lineStartingWith(code + " ");
        assertTrue(line.endsWith(cells), line);
    }

    @Test
    void printsTheTotalsThePanelScoreAndTheProposedAmount() {
        String totals = A03_PDF.lineStartingWith("专家总分");
        assertTrue(totals.endsWith("100 78.5 80.5 76.5 77.0 72.0 46.0※3 76.90※2"), totals);
        String outcome = A03_PDF.lineStartingWith("专家组评分 ");
        assertEquals("专家组评分 76.90 档次 良好 支持比例 70% 核定基数（万元） 1500.00 已获同类支持（万元） 300.00 "
                + "拟支持金额（万元） 750.00", outcome);
    }

    @Test
    void putsTheSupersededScoresBesideTheReReviewedOnes() {
        String reReviewed = PdfText.column(A03_BYTES, 1, FIRST_EXPERT_X + 4 * COLUMN_WIDTH, COLUMN_WIDTH);
        String superseded = PdfText.column(A03_BYTES, 1, FIRST_EXPERT_X + 5 * COLUMN_WIDTH, COLUMN_WIDTH);
        // header, the dimension 1 subtotal, then 1.1, 1.2, 1.3 down the column
        assertTrue(reReviewed.contains("刘志强E5财务复评第2轮9.04.03.51.5※1"), reReviewed);
        assertTrue(superseded.contains("刘志强第1轮已作废7.02.52.52.0"), superseded);
    }

    @Test
    void footnotesExplainEveryFlagInTheModelsWordsWithItsResolution() {
        List<String> expected = new ArrayList<>();
        for (DeviationFlag flag : A03.result().flags()) {
            expected.add(flag.explanation().in(Locale.SIMPLIFIED_CHINESE));
        }
        for (ResolvedFlag resolved : A03.resolutions()) {
            expected.add(resolved.flag().explanation().in(Locale.SIMPLIFIED_CHINESE));
            expected.add(resolved.resolution().kind().label() + "。" + resolved.resolution().text());
        }
        assertEquals(3, A03.resolutions().size());
        for (String text : expected) {
            assertTrue(A03_PDF.compact().contains(text.replaceAll("\\s+", "")), text);
        }
        assertTrue(A03_PDF.compact().contains("※3（第1轮）专家E5：总分46.0与专家组中位数77.0相差31.0分"));
    }

    @Test
    void printsTheJointOpinionAndASignatureLineForTheLeaderAndEveryValidExpert() {
        assertTrue(A03_PDF.compact().contains(A03.jointOpinion().replaceAll("\\s+", "")));
        assertTrue(A03_PDF.all().contains("专家组组长签名："));
        assertTrue(A03_PDF.all().contains("专家组组长：王建国"), "the leader's name printed under the line");
        for (Expert expert : A03.validExperts()) {
            assertTrue(A03_PDF.lineStartingWith(signerOrder(A03, expert) + " " + expert.name()).contains(expert.organisation()));
        }
    }

    @Test
    void recusedExpertStandsAsRecusedAndIsNotCounted() {
        PdfText pdf = PdfText.of(SheetPdf.export(fill(A02)));
        assertTrue(pdf.lineStartingWith("1.1 ").endsWith("5 4.0 3.5 4.0 回避 4.0 3.88"), pdf.lineStartingWith("1.1 "));
        assertTrue(pdf.compact().contains("回避专家：陈晓梅（E4），不计入本单位评分。"));
        assertTrue(pdf.compact().contains("专家组评分为4位有效专家总分的算术平均值"));
        assertTrue(pdf.all().contains("840.00"));
        assertEquals(4, pdf.lines().stream().filter(l -> l.matches("^[1-5] \\S+ .*(产业专家|财务专家).*")).count());
    }

    @Test
    void printedCodeIsTheCodeOfTheSummarysData() {
        String printed = ScoreSheetReportTest.printedCode(A03_PDF);
        assertEquals(SheetCode.of(CanonicalForms.panelSummary(A03)).value(), printed);
    }

    @Test
    void refusesAPanelTooWideForTheSheet() {
        List<Expert> panel = new ArrayList<>(A03.panel());
        List<ScoreSheet> superseded = new ArrayList<>(A03.superseded());
        for (int i = 1; i <= 4; i++) {
            ScoreSheet old = A03.superseded().get(0);
            panel.add(new Expert("X" + i, "专家" + i, "单位", ExpertRole.INDUSTRY, false, Optional.empty()));
            superseded.add(new ScoreSheet(old.applicantId(), old.expertId(), 1, SheetStatus.SUPERSEDED, old.scores(),
                    old.comments(), old.opinion(), old.signedAt()));
        }
        PanelSummary wide = new PanelSummary(A03.header(), A03.applicant(), A03.funding(), A03.panel(), A03.sheets(),
                superseded, A03.result(), A03.resolutions(), A03.jointOpinion());
        assertThrows(IllegalArgumentException.class, () -> fill(wide));
    }

    private static int signerOrder(PanelSummary summary, Expert expert) {
        return summary.validExperts().indexOf(expert) + 1;
    }

    private static FilledSheet fill(PanelSummary summary) {
        return PanelSummaryReport.fill(summary, RealisticSession.SETTINGS);
    }
}
