package com.parkreview.reports.fill;

import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The panel's verdict on a summary: score, tier, share, cap, deduction, amount, and how they follow. */
final class OutcomeLines {

    private OutcomeLines() {
    }

    static Map<String, Object> of(PanelSummary summary, ProgrammeSettings settings) {
        Map<String, Object> lines = new HashMap<>();
        Optional<PanelOutcome> outcome = summary.result().outcome();
        lines.put("PANEL_SCORE_TEXT", outcome.map(o -> Figures.twoDecimals(o.panelScore())).orElse("—"));
        lines.put("TIER_TEXT", outcome.map(o -> o.tier().label()).orElse("未完成"));
        lines.put("SHARE_TEXT", outcome.map(o -> Figures.percent(o.share())).orElse("—"));
        lines.put("CAP_TEXT", outcome.map(o -> Figures.money(o.applicantCap())).orElse("—"));
        lines.put("RECEIVED_TEXT", Figures.money(summary.funding().receivedThisYear()));
        lines.put("AMOUNT_TEXT", outcome.map(o -> Figures.money(o.amount())).orElse("—"));
        lines.put("RULE_TEXT", rule(summary, settings));
        return lines;
    }

    /** Which totals the trimmed mean left out: the highest and the lowest (the first of equal ones by code). */
    private static String dropped(PanelSummary summary, ScorePrecision precision) {
        List<ScoreSheet> byTotal = summary.sheets().stream()
                .sorted(Comparator.comparing(ScoreSheet::total).thenComparing(ScoreSheet::expertId)).toList();
        if (byTotal.size() < 2) {
            return "";
        }
        ScoreSheet lowest = byTotal.get(0);
        ScoreSheet highest = byTotal.get(byTotal.size() - 1);
        return "（去掉最高 " + highest.expertId() + " " + Figures.score(highest.total(), precision) + "、最低 " + lowest.expertId()
                + " " + Figures.score(lowest.total(), precision) + "）";
    }

    private static String rule(PanelSummary summary, ProgrammeSettings settings) {
        int valid = summary.result().validExperts();
        StringBuilder text = new StringBuilder();
        if (summary.result().complete()) {
            boolean trimmed = settings.rule() == AggregationRule.TRIMMED_MEAN && valid >= AggregationRule.TRIMMED_MINIMUM;
            text.append("专家组评分为 ").append(valid).append(" 位有效专家总分")
                    .append(trimmed ? "去掉一个最高分和一个最低分后的算术平均值" + dropped(summary, settings.precision()) : "的算术平均值")
                    .append("，四舍五入保留两位小数，按此分数确定档次。")
                    // the column of means does not always add up to it (round 14: 81.00 over 81.67; 69.76 over 69.75)
                    .append("表中各指标平均分为全部有效专家的平均，各自四舍五入，仅供参考，其合计可与专家组评分不同。");
        } else if (!summary.result().awaitingReReview().isEmpty()) {
            text.append("已下达复评的专家 ").append(String.join("、", summary.result().awaitingReReview()))
                    .append(" 尚未提交复评评分表，暂不计算专家组评分，该申报单位评审未完成。");
        } else if (!summary.result().awaitingSheets().isEmpty()) {
            text.append("专家 ").append(String.join("、", summary.result().awaitingSheets()))
                    .append(" 未声明回避，其评分表尚未计入（未提交、未签署，或纸质评分表尚待第二次录入），暂不计算专家组评分，")
                    .append("该申报单位评审未完成。");
        } else {
            text.append("有效专家不足 3 位（").append(valid).append(" 位），不计算专家组评分，该申报单位评审未完成。");
        }
        if (!summary.result().recusedExperts().isEmpty()) {
            text.append("回避专家：").append(summary.result().recusedExperts().stream()
                    .map(id -> {
                        Expert expert = summary.expert(id);
                        return expert.name() + "（" + id + "）";
                    })
                    .collect(Collectors.joining("、"))).append("，不计入本单位评分。");
        }
        String cap = "年度支持上限 " + Figures.money(settings.annualCap()) + " 万元";
        text.append("拟支持金额 = ").append(summary.funding().appliedFor()
                .map(applied -> "min(" + cap + "，申请金额 " + Figures.money(applied) + " 万元)")
                .orElse(cap));
        text.append(" × 支持比例 − 本年度已获同类支持 ")
                .append(Figures.money(summary.funding().receivedThisYear()))
                .append(" 万元（差额支持），不低于 0。");
        return text.toString();
    }
}
