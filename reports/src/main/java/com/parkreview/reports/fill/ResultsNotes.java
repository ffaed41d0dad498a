package com.parkreview.reports.fill;

import com.parkreview.reports.data.Resolution;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.ExpertOutlier;
import com.parkreview.scoring.deviation.IndicatorOutlier;
import com.parkreview.scoring.deviation.PeriodExceeded;
import com.parkreview.scoring.deviation.SetAsideAfterSigning;
import com.parkreview.scoring.deviation.SupportedThisYear;
import com.parkreview.scoring.deviation.TierSensitive;
import com.parkreview.scoring.deviation.TierSplit;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.AgreementFigures;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The words of the results list: remarks per row, the budget, the agreement footnote. */
public final class ResultsNotes {

    private static final String OPEN = "待处理";

    private ResultsNotes() {
    }

    /** A row's remarks as the list prints them (and the results workbook's data sheet carries them). */
    public static String remarks(RankedApplicant row, ResultsList list) {
        List<String> remarks = new ArrayList<>();
        row.result().awaitingReReview().forEach(expert -> remarks.add(expert + " 复评待提交"));
        if (!row.result().awaitingSheets().isEmpty()) {
            remarks.add(String.join("、", row.result().awaitingSheets()) + " 评分表待提交");
        }
        if (row.tiedAtBudgetLine()) {
            remarks.add("同分并列于预算线，报会审议");
        } else if (row.overBudget()) {
            remarks.add("超出预算");
        }
        Map<String, List<String>> byHandling = new LinkedHashMap<>();
        List.of(OPEN, "已接受", "已责令复评").forEach(label -> byHandling.put(label, new ArrayList<>()));
        row.result().flags().forEach(flag -> byHandling.get(handling(list.handling(row.applicant().id(), flag.code())))
                .add(flagWord(flag)));
        byHandling.forEach((label, words) -> {
            if (!words.isEmpty()) {
                remarks.add(label + "：" + String.join("、", words));
            }
        });
        return String.join("；", remarks);
    }

    static String budgetLine(SessionResult result) {
        // not "used up here": the budget may have room left above the line (a tester's walk 9)
        boolean tie = result.rows().stream().anyMatch(RankedApplicant::tiedAtBudgetLine);
        return "预算线：以下各行累计拟支持金额超出年度预算 " + result.budget().map(Figures::money).orElse("") + " 万元"
                + (tie ? "，或与超出者同分并列" : "") + "，由评审委员会报会审议，本表不作删减。";
    }

    static String budget(SessionResult result) {
        Money total = result.totalProposed();
        if (result.budget().isEmpty()) {
            return "拟支持金额合计 " + Figures.money(total) + " 万元；本批次未设定年度预算。";
        }
        Money budget = result.budget().get();
        String text = "年度预算 " + Figures.money(budget) + " 万元；拟支持金额合计 " + Figures.money(total) + " 万元";
        if (total.isGreaterThan(budget)) {
            return text + "，超出预算 " + Figures.money(total.minusFloorZero(budget))
                    + " 万元，超出部分见红色预算线以下各行，报会审议。";
        }
        return text + "，未超出预算。";
    }

    static String agreement(AgreementFigures agreement) {
        if (!agreement.computable()) {
            return "评审一致性：全体专家参评的申报单位少于 3 家或专家少于 2 位，不计算。";
        }
        return "评审一致性（基于 " + agreement.applicants() + " 家全体专家参评的申报单位、" + agreement.experts()
                + " 位专家的总分）：组内相关系数 ICC(A,1) = " + figure(agreement.totals().single())
                + "，ICC(A,k) = " + figure(agreement.totals().average())
                + "（双向模型、绝对一致性）；肯德尔和谐系数 W = " + figure(agreement.kendallW()) + "。";
    }

    static String incomplete(ResultsList list) {
        long incomplete = list.result().rows().stream().filter(r -> r.rank().isEmpty()).count();
        String text = incomplete == 0 ? "" : "有效专家不足 3 位、评分表或复评待提交的申报单位 " + incomplete + " 家，评审未完成，列于表末，不排名。";
        if (list.notReviewed().isEmpty()) {
            return text;
        }
        return (text.isEmpty() ? "" : text + "\n") + "未列入上表的申报单位 " + list.notReviewed().size() + " 家："
                + String.join("；", list.notReviewed().stream().map(n -> n.code() + " " + n.name() + "（" + n.why() + "）")
                        .toList()) + "。";
    }

    private static String figure(Optional<BigDecimal> value) {
        return value.map(v -> v.setScale(4, RoundingMode.HALF_UP).toPlainString()).orElse("无法计算");
    }

    /**
     * How a flag was handled (rule 9), the heading it is listed under: the list goes to the committee,
     * which must tell an accepted flag from an open one (a tester's round 8 could not).
     */
    private static String handling(Optional<Resolution.Kind> kind) {
        return kind.map(k -> k == Resolution.Kind.ACCEPTED ? "已接受" : "已责令复评").orElse(OPEN);
    }

    private static String flagWord(DeviationFlag flag) {
        if (flag instanceof ExpertOutlier outlier) {
            return outlier.expertId() + " 总分偏差";
        }
        if (flag instanceof IndicatorOutlier outlier) {
            return outlier.expertId() + " 指标 " + outlier.indicatorCode() + " 偏差";
        }
        if (flag instanceof TierSplit) {
            return "档次分歧";
        }
        if (flag instanceof TierSensitive) {
            return "档次敏感";
        }
        if (flag instanceof PeriodExceeded) {
            return "超出支持期限";
        }
        if (flag instanceof SupportedThisYear supported) { // the figure the amount was not reduced by (window walk 10)
            return "本年度已在其他批次获支持 " + supported.recorded().toWanString() + " 万元（已扣减 "
                    + supported.typedAsReceived().toWanString() + " 万元）";
        }
        if (flag instanceof SetAsideAfterSigning setAside) {
            return setAside.expertId() + " 签署后回避";
        }
        return flag.code();
    }
}
