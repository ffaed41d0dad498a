package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 14, a secretary in Chinese: {@code merge} printed its head row, the tiers and
 * "incomplete" in English, and nothing to check over_budget against. In Chinese the table is in
 * words, and the budget against the total is said beside it (on the error stream: the table stays
 * a table a spreadsheet reads).
 */
class MergeInChineseTest {

    @TempDir
    Path dir;

    @Test
    void theTableIsInChineseAndTheBudgetIsSaidBesideIt() {
        String db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithPanel(db, "2026-12-10");
        assertEquals(0, CommandRun.of("session", "edit", "--db", db, "--session", "1", "--budget", "2000").status());
        assertEquals(0, CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--all").status());
        assertEquals(0, CommandRun.of("score", "enter", "--db", db, "--session", "1", "--typist", "王录入", "--file",
                ExampleDay.EXAMPLES.resolve("paper-first.csv").toString(), "--opinion", "见纸质评分表").status());
        CommandRun second = CommandRun.of("score", "enter", "--db", db, "--session", "1", "--typist", "李复核", "--second",
                "--file", ExampleDay.EXAMPLES.resolve("paper-first.csv").toString());
        assertEquals(0, second.status(), second.out() + second.err());
        CommandRun recused = CommandRun.of("experts", "remove", "--db", db, "--session", "1", "--expert", "E6");
        assertEquals(0, recused.status(), recused.out() + recused.err());

        CommandRun zh = CommandRun.of("--lang", "zh", "merge", "--db", db, "--session", "1");
        assertEquals(0, zh.status(), zh.err());
        assertTrue(zh.out().startsWith("排名,编号,申报单位,有效专家,专家组评分,档次,支持比例,拟支持金额（万元）,标记"), zh.out());
        assertTrue(zh.out().contains(",优秀,") && !zh.out().contains("excellent"), zh.out());
        assertTrue(zh.err().contains("年度预算 2000.00 万元；拟支持金额合计 "), zh.err());

        CommandRun en = CommandRun.of("merge", "--db", db, "--session", "1");
        assertTrue(en.out().startsWith("rank,applicant,name,experts,panel_score,tier,share,amount_wan,flags"), en.out());
        assertTrue(en.err().startsWith("Budget 2000.00 万元; proposed in all "), en.err());
    }
}
