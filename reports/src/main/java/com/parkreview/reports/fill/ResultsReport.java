package com.parkreview.reports.fill;

import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 评审结果汇总表 / 拟支持名单: the ranking with panel score and tier, and how each amount follows
 * (the programme's cap, the amount applied for, the base — the smaller —, the tier's share, what
 * was already received, the amount), the running total against the budget; a red line before the
 * first row whose running total passes the budget (rule 7: marked, never cut); the agreement
 * figures in a footnote. An incomplete applicant's figures are blank, its tier 未完成.
 */
public final class ResultsReport {

    /** The tier of an applicant with fewer than three valid experts. */
    public static final String INCOMPLETE = "未完成";

    private ResultsReport() {
    }

    public static FilledSheet fill(ResultsList results, ProgrammeSettings settings) {
        SessionResult result = results.result();
        CanonicalContent content = CanonicalForms.results(results);
        SheetCode code = SheetCode.of(content);
        Map<String, Object> parameters = SheetParameters.of(SheetKind.RESULTS.title(), results.header(), code);
        if (results.header().round() > 1) { // a session's list is of no one round: it says a re-review was held
            parameters.put("SESSION_ROUND_TEXT", "含复评（至第 " + results.header().round() + " 轮）");
        }
        parameters.put("BUDGET_TEXT", result.budget().map(b -> Figures.money(b) + " 万元").orElse("未设定"));
        parameters.put("TOTAL_TEXT", Figures.money(result.totalProposed()));
        parameters.put("BUDGET_NOTE", ResultsNotes.budget(result));
        parameters.put("AGREEMENT_TEXT", ResultsNotes.agreement(result.agreement()));
        parameters.put("INCOMPLETE_TEXT", ResultsNotes.incomplete(results));
        parameters.put("RULES_TEXT", "注：排名按专家组评分从高到低，同分并列；档次依四舍五入保留两位小数的专家组评分确定（"
                + Figures.tierScale(settings.tiers()) + "）；核定基数 = min(年度支持上限 " + Figures.money(results.annualCap())
                + " 万元, 申请金额)；拟支持金额 = 核定基数 × 支持比例 − 本年度已获同类支持（差额支持），不低于 0，0.01 万元以下舍去；金额按录入的位数列出。");

        List<Map<String, ?>> rows = new ArrayList<>();
        boolean lineDrawn = false;
        for (RankedApplicant row : result.rows()) {
            Optional<PanelOutcome> outcome = row.result().outcome();
            Map<String, Object> values = new HashMap<>();
            values.put("rank", row.rank().isPresent() ? row.rank().getAsInt() : null);
            values.put("name", row.applicant().name().isBlank() ? row.applicant().id() : row.applicant().name());
            values.put("uscc", row.applicant().uscc().map(u -> u.value()).orElse(""));
            values.put("experts", row.result().validExperts());
            values.put("tier", outcome.map(o -> o.tier().label()).orElse(INCOMPLETE));
            // an incomplete applicant: nothing decided, so every figure blank, never 0.00
            values.put("panelScore", outcome.map(PanelOutcome::panelScore).orElse(null));
            values.put("cap", outcome.map(o -> results.annualCap().wan()).orElse(null));
            values.put("applied", outcome.flatMap(o -> row.applicant().funding().appliedFor()).map(Money::wan)
                    .orElse(null));
            values.put("base", outcome.map(o -> o.applicantCap().wan()).orElse(null));
            values.put("share", outcome.map(PanelOutcome::share).orElse(null));
            values.put("received", outcome.map(o -> row.applicant().funding().receivedThisYear().wan()).orElse(null));
            values.put("amount", outcome.map(o -> o.amount().wan()).orElse(null));
            values.put("running", row.runningTotal().map(Money::wan).orElse(null));
            values.put("remarks", ResultsNotes.remarks(row, results));
            values.put("overBudget", row.overBudget());
            values.put("budgetLine", row.overBudget() && !lineDrawn);
            lineDrawn |= row.overBudget();
            rows.add(values);
        }
        parameters.put("BUDGET_LINE_TEXT", ResultsNotes.budgetLine(result));
        return Filler.fill(SheetKind.RESULTS, SheetKind.RESULTS.title(), content, code, Template.RESULTS, parameters,
                rows);
    }
}
