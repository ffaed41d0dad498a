package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.data.Resolution;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfRuns;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.session.RankedApplicant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsReportTest {

    private static final ResultsList RESULTS = RealisticSession.pack().results();
    private static final byte[] BYTES = SheetPdf.export(ResultsReport.fill(RESULTS, RealisticSession.SETTINGS));
    private static final PdfText PDF = PdfText.of(BYTES);
    /** The remarks column of results.jrxml: left margin 36 + 698, 72 wide. */
    private static final float REMARKS_X = 734;
    private static final float REMARKS_WIDTH = 72;
    /** The sheet as drawn, cell after cell, white space removed. */
    private static final String CELLS = PdfRuns.of(BYTES, 1, PDF.pageCount()).compact();

    @Test
    void printsTheChineseTitle() {
        assertTrue(PDF.all().contains("评审结果汇总表（拟支持名单）"));
    }

    /**
     * Each row explains its amount: the cap, the amount applied for (blank when none was given),
     * the base (the smaller), the share, what was already received, the amount, the running total.
     */
    @ParameterizedTest(name = "rank {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 北京石景山人形机器人产业园运营有限公司 | 91110107MA01R8K521 5 85.30 优秀   1500.00 1500.00 1500.00 100% 0.00   1500.00 1500.00
            2 | 北京银河湾智能制造园区管理有限公司   | 91110107MA02KB3Y8C 5 79.40 良好   1500.00 ""      1500.00 70%  0.00   1050.00 2550.00
            3 | 首钢园具身智能产业基地运营管理有限公司 | 91110107MA04PL2W9W 5 76.90 良好   1500.00 1500.00 1500.00 70%  300.00 750.00  3300.00
            4 | 京西智谷科技园管理有限公司           | 91110107MA00G3XT7J 4 71.50 良好   1500.00 1200.00 1200.00 70%  0.00   840.00  4140.00
            5 | 中关村石景山园创新服务有限公司        | 911101078020317760 5 61.10 良好   1500.00 1000.00 1000.00 70%  0.00   700.00  4840.00
            6 | 北京永定河科创园区运营有限公司        | 91110107MA05DQ6N1N 5 51.60 不合格 1500.00 800.00  800.00  0%   0.00   0.00    4840.00
            """)
    void eachRowPrintsTheFiguresItsAmountFollowsFrom(String rank, String name, String figures) {
        String row = rank + name + figures.replace("\"\"", "").replaceAll("\\s+", "");
        assertTrue(CELLS.contains(row), row + " not in " + CELLS);
    }

    @Test
    void columnHeadsNameEveryFigure() {
        assertTrue(CELLS.contains("排名申报单位统一社会信用代码有效专家专家组评分档次年度支持上限（万元）申请金额（万元）"
                + "核定基数（万元）支持比例已获同类支持（万元）拟支持金额（万元）累计金额（万元）备注"), CELLS);
    }

    @Test
    void remarksNameTheBudgetThePeriodAndTheFlags() {
        String remarks = PdfText.column(BYTES, 1, REMARKS_X, REMARKS_WIDTH);
        // the period is a flag handled like the others: open until the panel accepts it (round 11)
        assertTrue(remarks.contains("待处理：档次分歧、档次敏感待处理：E5指标1.3偏差、档次分歧超出预算超出预算；"
                + "待处理：档次分歧、超出支持期限"), remarks);
    }

    /**
     * The committee reads this list, not the summaries: a tester's round 8 could not tell an
     * accepted flag from an open one on it. Each flag says how it was handled.
     */
    @Test
    void eachFlagSaysWhetherItWasAcceptedSentToReReviewOrIsOpen() {
        Map<String, Map<String, Resolution.Kind>> handled = new HashMap<>();
        for (RankedApplicant row : RESULTS.result().rows()) {
            for (DeviationFlag flag : row.result().flags()) {
                handled.computeIfAbsent(row.applicant().id(), id -> new HashMap<>()).put(flag.code(),
                        flag.code().equals("tier_sensitive") ? Resolution.Kind.RE_REVIEW_ORDERED : Resolution.Kind.ACCEPTED);
            }
        }
        ResultsList list = new ResultsList(RESULTS.header(), RESULTS.result(), RESULTS.annualCap(), handled);
        byte[] bytes = SheetPdf.export(ResultsReport.fill(list, RealisticSession.SETTINGS));
        String remarks = PdfText.column(bytes, 1, REMARKS_X, REMARKS_WIDTH);
        assertTrue(remarks.contains("已接受：档次分歧；已责令复评：档次敏感已接受：E5指标1.3偏差、档次分歧"), remarks);
        assertTrue(!remarks.contains("待处理"), remarks);
    }

    @Test
    void drawsTheBudgetLineBeforeTheFirstRowThatPassesTheBudget() {
        List<String> lines = PDF.lines();
        int third = lines.indexOf(PDF.lineStartingWith("3 首钢园"));
        int budgetLine = lines.indexOf(PDF.lineStartingWith("▼ 预算线"));
        int fourth = lines.indexOf(PDF.lineStartingWith("4 京西智谷"));
        assertTrue(third < budgetLine && budgetLine < fourth, third + " < " + budgetLine + " < " + fourth);
        assertTrue(PDF.lineStartingWith("▼ 预算线").contains("以下各行累计拟支持金额超出年度预算 4000.00 万元，由评审委员会报会审议"),
                PDF.lineStartingWith("▼ 预算线"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("▼ 预算线")).count());
    }

    @Test
    void printsTheTotalAgainstTheBudget() {
        assertTrue(PDF.lineStartingWith("拟支持金额合计").endsWith("4840.00"));
        assertTrue(PDF.compact().contains("年度预算4000.00万元；拟支持金额合计4840.00万元，超出预算840.00万元"));
    }

    @Test
    void footnoteGivesTheAgreementFigures() {
        var agreement = RESULTS.result().agreement();
        String single = agreement.totals().single().orElseThrow().setScale(4).toPlainString();
        String average = agreement.totals().average().orElseThrow().setScale(4).toPlainString();
        String w = agreement.kendallW().orElseThrow().setScale(4).toPlainString();
        assertTrue(PDF.compact().contains("组内相关系数ICC(A,1)=" + single + "，ICC(A,k)=" + average), PDF.compact());
        assertTrue(PDF.compact().contains("肯德尔和谐系数W=" + w), "in Chinese, as the window names it (round 17)");
    }

    @Test
    void printedCodeIsTheCodeOfTheResults() {
        assertEquals(SheetCode.of(CanonicalForms.results(RESULTS)).value(), ScoreSheetReportTest.printedCode(PDF));
    }
}
