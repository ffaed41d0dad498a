package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.SheetStatus;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.fixture.SessionBuilder;
import com.parkreview.reports.pdf.PdfRuns;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sheets of what the example session does not have: an incomplete panel, no budget, a score the entry refuses. */
class EdgeCasesTest {

    private static final String SCORES = "4 4 4 4 4 4.5 8 7.5 12 12 4 4 8";

    @Test
    void anApplicantWithFewerThanThreeValidExpertsIsPrintedIncompleteAndLast() {
        Applicant a07 = new Applicant("A07", "北京古城数字经济产业园运营有限公司",
                UnifiedSocialCreditCode.parse(code("91110107MA0777777")), 7);
        SessionPack pack = RealisticSession.builder()
                .applicant(a07, ApplicantFunding.NONE, 0)
                .sheet(RealisticSession.sheet("A07", "E1", 1, SheetStatus.SIGNED, SCORES, "意见", LocalDateTime.now()))
                .sheet(RealisticSession.sheet("A07", "E2", 1, SheetStatus.SIGNED, SCORES, "意见", LocalDateTime.now()))
                .recusal("E3", "A07", "曾任该单位顾问。")
                .recusal("E4", "A07", "为该单位提供审计服务。")
                .recusal("E5", "A07", "近亲属在该单位任职。")
                .build();
        PanelSummary summary = pack.summaries().get(6);
        PdfText sheet = PdfText.of(SheetPdf.export(PanelSummaryReport.fill(summary, RealisticSession.SETTINGS)));
        assertTrue(sheet.compact().contains("有效专家不足3位（2位），不计算专家组评分，该申报单位评审未完成。"), sheet.all());
        assertTrue(sheet.lineStartingWith("专家组评分 ").startsWith("专家组评分 — 档次 未完成"));

        byte[] resultsPdf = SheetPdf.export(ResultsReport.fill(pack.results(), RealisticSession.SETTINGS));
        PdfText results = PdfText.of(resultsPdf);
        // nothing decided: 未完成 and every figure blank, never 0.00; the total row follows
        String cells = PdfRuns.of(resultsPdf, 1, results.pageCount()).compact();
        assertTrue(cells.contains("北京古城数字经济产业园运营有限公司" + a07.uscc().value() + "2未完成拟支持金额合计"), cells);
        assertTrue(results.compact().contains("有效专家不足3位、评分表或复评待提交的申报单位1家，评审未完成，列于表末，不排名。"));
    }

    /**
     * A tester's round 10: the results list, the sheet that decides money, showed an applicant
     * ranked on four of five experts with nothing saying the fifth had not scored. It has no panel
     * score, is listed last, and both sheets name the expert awaited.
     */
    @Test
    void anApplicantWhoseFifthExpertHasNotScoredIsPrintedIncompleteNamingTheExpert() {
        Applicant a07 = new Applicant("A07", "北京古城数字经济产业园运营有限公司",
                UnifiedSocialCreditCode.parse(code("91110107MA0777777")), 7);
        SessionBuilder builder = RealisticSession.builder().applicant(a07, ApplicantFunding.NONE, 0);
        for (String expert : List.of("E1", "E2", "E3", "E4")) {
            builder.sheet(RealisticSession.sheet("A07", expert, 1, SheetStatus.SIGNED, SCORES, "意见", LocalDateTime.now()));
        }
        SessionPack pack = builder.build();
        PdfText sheet = PdfText.of(SheetPdf.export(PanelSummaryReport.fill(pack.summaries().get(6), RealisticSession.SETTINGS)));
        assertTrue(sheet.compact().contains("专家E5未声明回避，其评分表尚未计入"), sheet.all());
        assertTrue(sheet.lineStartingWith("专家组评分 ").startsWith("专家组评分 — 档次 未完成"));

        byte[] resultsPdf = SheetPdf.export(ResultsReport.fill(pack.results(), RealisticSession.SETTINGS));
        String cells = PdfRuns.of(resultsPdf, 1, PdfText.of(resultsPdf).pageCount()).compact();
        assertTrue(cells.contains(a07.uscc().value() + "4未完成"), cells);
        assertTrue(cells.contains("E5评分表待提交"), cells);
    }

    /** A tester's round 6: a session's results list said 第 1 轮 where a re-review had been held. */
    @Test
    void aResultsListOfASessionWithAReReviewSaysSo() {
        SessionPack pack = RealisticSession.builder().build();
        ResultsList list = new ResultsList(pack.results().header().withRound(2), pack.results().result(),
                pack.results().annualCap());
        PdfText results = PdfText.of(SheetPdf.export(ResultsReport.fill(list, RealisticSession.SETTINGS)));
        assertTrue(results.compact().contains("含复评（至第2轮）"), results.all());
        assertFalse(PdfText.of(SheetPdf.export(ResultsReport.fill(pack.results(), RealisticSession.SETTINGS))).compact()
                .contains("含复评"));
    }

    @Test
    void withoutABudgetThereIsNoBudgetLine() {
        SessionPack pack = RealisticSession.builder().noBudget().build();
        PdfText results = PdfText.of(SheetPdf.export(ResultsReport.fill(pack.results(), RealisticSession.SETTINGS)));
        assertFalse(results.all().contains("预算线"));
        assertTrue(results.compact().contains("拟支持金额合计4840.00万元；本批次未设定年度预算。"));
        assertTrue(results.lineStartingWith("4 京西智谷").startsWith("4 京西智谷科技园管理有限公司 91110107MA00G3XT7J 4 71.50"),
                results.lineStartingWith("4 京西智谷"));
    }

    @Test
    void anExpertSheetWithAScoreTheEntryWouldRefuseIsNotPrinted() {
        PanelSummary a01 = RealisticSession.pack().summaries().get(0);
        ScoreSheet sheet = a01.sheetOf("E1");
        for (String bad : new String[] {"5.5", "4.25"}) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>(sheet.scores());
            scores.put("1.1", new BigDecimal(bad));
            ScoreSheet wrong = new ScoreSheet("A01", "E1", 1, SheetStatus.DRAFT, scores, Map.of(), "", java.util.Optional.empty());
            assertThrows(IllegalArgumentException.class, () -> ScoreSheetReport.expert(RealisticSession.HEADER,
                    RealisticSession.SETTINGS, a01.applicant(), a01.expert("E1"), wrong), bad);
        }
    }

    private static String code(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /**
     * "All applicants" are on the results list (a tester's round 14 looked for one failed at
     * pre-review and found it nowhere): named under the table with the pre-review's words, in the
     * PDF and in the workbook's data sheet, never ranked.
     */
    @Test
    void anApplicantNotTakenToThePanelIsNamedUnderTheTableAndInTheWorkbook() throws Exception {
        SessionPack pack = RealisticSession.builder()
                .notReviewed("A07", "北京古城数字经济产业园运营有限公司", "初审：材料不全")
                .notReviewed("A08", "北京某园区管理有限公司", "待初审")
                .build();
        PdfText results = PdfText.of(SheetPdf.export(ResultsReport.fill(pack.results(), RealisticSession.SETTINGS)));
        assertTrue(results.compact().contains("未列入上表的申报单位2家：A07北京古城数字经济产业园运营有限公司（初审：材料不全）；"
                + "A08北京某园区管理有限公司（待初审）。"), results.all());
        assertTrue(!RealisticSession.builder().build().results().notReviewed().iterator().hasNext());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.parkreview.reports.ReportService service = new com.parkreview.reports.ReportService();
        com.parkreview.reports.fill.FilledSheet filled = service.results(pack.results(), pack.settings());
        service.exportWorkbook(pack, filled, com.parkreview.reports.DocumentInfo.of("结果", java.util.Optional.empty(),
                List.of(filled)), out);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("结果");
            org.apache.poi.ss.usermodel.Row last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("A08", last.getCell(1).getStringCellValue());
            assertEquals("未列入", last.getCell(6).getStringCellValue());
            assertEquals("待初审", last.getCell(16).getStringCellValue());
        }
    }
}
