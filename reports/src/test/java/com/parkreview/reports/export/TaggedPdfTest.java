package com.parkreview.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.fixture.RenderedPacks.Rendered;
import com.parkreview.reports.fixture.RenderedPacks;
import com.parkreview.reports.pdf.PdfRuns;
import com.parkreview.reports.pdf.PdfStructure.Node;
import com.parkreview.reports.pdf.PdfStructure;
import com.parkreview.scoring.session.RankedApplicant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pack is a tagged PDF a screen reader can follow: marked, in Chinese (zh-CN), with a
 * structure tree that holds each sheet's title as a heading and its text in reading order, the
 * running head and foot left out as artifacts, and the results as a table whose rows read in rank
 * order, cell by cell under their column heads.
 */
class TaggedPdfTest {

    private static Rendered pack;
    private static PdfStructure.Tree tree;

    @BeforeAll
    static void read() {
        pack = RenderedPacks.realistic();
        tree = PdfStructure.of(pack.pdf());
    }

    @Test
    void fileIsMarkedAsTaggedInChinese() {
        assertTrue(tree.marked(), "MarkInfo /Marked true");
        assertEquals("zh-CN", tree.language());
        assertNotNull(tree.root(), "a structure tree");
    }

    @Test
    void everySheetsTitleIsAHeadingInPrintOrder() {
        List<String> headings = tree.root().find(n -> n.type().equals("H1")).stream().map(Node::deepText).toList();
        assertEquals(pack.sheets().stream().map(s -> s.kind() == com.parkreview.reports.fill.SheetKind.RESULTS
                ? "评审结果汇总表（拟支持名单）" : s.kind().title()).toList(), headings);
    }

    @Test
    void structureReadsTheSheetsTextButNotTheRunningHeadAndFoot() {
        String read = tree.root().deepText();
        assertTrue(read.contains(PdfRuns.compact(pack.pack().signIn().header().citation())));
        assertTrue(read.contains("统一社会信用代码"));
        assertFalse(read.contains("第1页"), "the page numbers are artifacts");
        assertFalse(read.contains("校验码：" + pack.sheets().get(0).code().value()), "the foot is an artifact");
    }

    @Test
    void resultsAreOneTableHeadedByTheirColumns() {
        List<Node> tables = tree.root().find(n -> n.type().equals("Table"));
        assertEquals(1, tables.size());
        Node head = tables.get(0).children().get(0);
        assertEquals("TR", head.type());
        assertEquals(List.of("排名", "申报单位", "统一社会信用代码", "有效专家", "专家组评分", "档次", "年度支持上限（万元）",
                "申请金额（万元）", "核定基数（万元）", "支持比例", "已获同类支持（万元）", "拟支持金额（万元）", "累计金额（万元）",
                "备注"), head.children().stream().peek(c -> assertEquals("TH", c.type())).map(Node::deepText).toList());
    }

    @Test
    void resultRowsReadInRankOrderCellByCell() {
        List<Node> rows = tree.root().find(n -> n.type().equals("Table")).get(0).children().stream()
                .filter(r -> r.children().size() == 14 && r.children().get(0).type().equals("TD")).toList();
        List<RankedApplicant> ranked = pack.pack().results().result().rows();
        assertEquals(ranked.size(), rows.size());
        for (int i = 0; i < ranked.size(); i++) {
            RankedApplicant expected = ranked.get(i);
            List<String> cells = rows.get(i).children().stream().map(Node::deepText).toList();
            assertEquals(Integer.toString(expected.rank().orElseThrow()), cells.get(0));
            assertEquals(expected.applicant().name(), cells.get(1));
            assertEquals(expected.result().panelScore().orElseThrow().toPlainString(), cells.get(4));
            assertEquals(expected.result().outcome().orElseThrow().amount().toWanString(), cells.get(11));
            assertEquals(expected.runningTotal().orElseThrow().toWanString(), cells.get(12));
        }
    }

    @Test
    void budgetLineAndTotalAreRowsOfTheTable() {
        Node table = tree.root().find(n -> n.type().equals("Table")).get(0);
        assertTrue(table.children().stream().anyMatch(r -> r.deepText().startsWith("▼预算线")));
        Node last = table.children().get(table.children().size() - 1);
        assertEquals("拟支持金额合计" + pack.pack().results().result().totalProposed().toWanString(), last.deepText());
    }
}
