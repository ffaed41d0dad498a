package com.parkreview.reports.workbook;

import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.Resolution;
import com.parkreview.reports.data.ResolvedFlag;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.fill.ResultsNotes;
import com.parkreview.reports.workbook.DataSheet.Column;
import com.parkreview.reports.workbook.DataSheet.Format;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.ExpertOutlier;
import com.parkreview.scoring.deviation.IndicatorOutlier;
import com.parkreview.scoring.deviation.SetAsideAfterSigning;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.session.RankedApplicant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The session's tables as data sheets: the results (a row per applicant in rank order, the figures
 * its amount follows from), every expert's scores (a row per sheet, current, superseded or recused)
 * and the deviation flags with their resolutions.
 */
final class WorkbookTables {

    static final String RESULTS = "结果";
    static final String SCORES = "专家评分";
    static final String FLAGS = "偏差标记";

    private WorkbookTables() {
    }

    static void results(XSSFWorkbook book, SessionPack pack) {
        DataSheet sheet = new DataSheet(book, RESULTS, List.of(new Column("排名", Format.INTEGER),
                new Column("编号", Format.TEXT), new Column("申报单位", Format.TEXT),
                new Column("统一社会信用代码", Format.TEXT), new Column("有效专家", Format.INTEGER),
                new Column("专家组评分", Format.DECIMAL), new Column("档次", Format.TEXT),
                new Column("年度支持上限（万元）", Format.MONEY), new Column("申请金额（万元）", Format.MONEY),
                new Column("核定基数（万元）", Format.MONEY), new Column("支持比例", Format.PERCENT),
                new Column("已获同类支持（万元）", Format.MONEY), new Column("拟支持金额（万元）", Format.MONEY),
                new Column("累计金额（万元）", Format.MONEY), new Column("超出预算", Format.TEXT),
                new Column("超出支持期限", Format.TEXT), new Column("备注", Format.TEXT),
                new Column("标记代码", Format.TEXT)));
        for (RankedApplicant row : pack.results().result().rows()) {
            Optional<PanelOutcome> outcome = row.result().outcome();
            var funding = row.applicant().funding();
            sheet.add(Arrays.asList(row.rank().isPresent() ? row.rank().getAsInt() : null, row.applicant().id(),
                    row.applicant().name(), row.applicant().uscc().map(u -> u.value()).orElse(null),
                    row.result().validExperts(), outcome.map(PanelOutcome::panelScore).orElse(null),
                    outcome.map(o -> o.tier().label()).orElse("未完成"),
                    outcome.map(o -> pack.results().annualCap().wan()).orElse(null),
                    outcome.flatMap(o -> funding.appliedFor()).map(Money::wan).orElse(null),
                    outcome.map(o -> o.applicantCap().wan()).orElse(null), outcome.map(PanelOutcome::share).orElse(null),
                    outcome.map(o -> funding.receivedThisYear().wan()).orElse(null),
                    outcome.map(o -> o.amount().wan()).orElse(null), row.runningTotal().map(Money::wan).orElse(null),
                    row.overBudget() ? "是" : "否", row.periodExceeded() ? "是" : "否",
                    ResultsNotes.remarks(row, pack.results()), String.join(" ", row.flagCodes())));
        }
        for (ResultsList.NotReviewed absent : pack.results().notReviewed()) { // every applicant is in the table
            sheet.add(Arrays.asList(null, absent.code(), absent.name(), null, null, null, "未列入", null, null, null, null,
                    null, null, null, null, null, absent.why(), null));
        }
        sheet.finish();
    }

    static void scores(XSSFWorkbook book, SessionPack pack) {
        List<Indicator> indicators = pack.settings().rubric().indicators();
        List<Column> columns = new ArrayList<>(List.of(new Column("申报单位编号", Format.TEXT),
                new Column("申报单位", Format.TEXT), new Column("专家编号", Format.TEXT), new Column("专家", Format.TEXT),
                new Column("轮次", Format.INTEGER), new Column("状态", Format.TEXT)));
        indicators.forEach(i -> columns.add(new Column(i.code(), Format.DECIMAL)));
        columns.add(new Column("总分", Format.DECIMAL));
        DataSheet sheet = new DataSheet(book, SCORES, columns);
        for (PanelSummary summary : pack.summaries()) {
            for (Expert expert : summary.panel()) {
                if (summary.recused(expert.id())) {
                    List<Object> row = new ArrayList<>(List.of(summary.applicant().id(), summary.applicant().name(),
                            expert.id(), expert.name()));
                    row.add(null);
                    row.add("回避");
                    indicators.forEach(i -> row.add(null));
                    row.add(null);
                    sheet.add(row);
                    continue;
                }
                List<ScoreSheet> sheets = new ArrayList<>(summary.superseded().stream()
                        .filter(s -> s.expertId().equals(expert.id())).toList());
                if (summary.scored(expert.id())) {
                    sheets.add(summary.sheetOf(expert.id()));
                }
                for (ScoreSheet scored : sheets) {
                    List<Object> row = new ArrayList<>(List.of(summary.applicant().id(), summary.applicant().name(),
                            expert.id(), expert.name(), scored.round(), scored.status().label()));
                    indicators.forEach(i -> row.add(scored.score(i.code())));
                    row.add(scored.total());
                    sheet.add(row);
                }
            }
        }
        sheet.finish();
    }

    static void flags(XSSFWorkbook book, SessionPack pack) {
        DataSheet sheet = new DataSheet(book, FLAGS, List.of(new Column("申报单位编号", Format.TEXT),
                new Column("申报单位", Format.TEXT), new Column("轮次", Format.INTEGER), new Column("标记", Format.TEXT),
                new Column("专家编号", Format.TEXT), new Column("指标", Format.TEXT), new Column("说明", Format.TEXT),
                new Column("处理", Format.TEXT), new Column("处理意见", Format.TEXT)));
        for (PanelSummary summary : pack.summaries()) {
            int current = summary.currentRound();
            for (DeviationFlag flag : summary.result().flags()) {
                sheet.add(flag(summary, current, flag, summary.resolutionOf(flag, current)));
            }
            for (ResolvedFlag earlier : summary.resolutions()) {
                if (earlier.round() != current) {
                    sheet.add(flag(summary, earlier.round(), earlier.flag(), Optional.of(earlier.resolution())));
                }
            }
        }
        sheet.finish();
    }

    private static List<Object> flag(PanelSummary summary, int round, DeviationFlag flag,
            Optional<Resolution> resolution) {
        String expert = flag instanceof ExpertOutlier outlier ? outlier.expertId()
                : flag instanceof IndicatorOutlier outlier ? outlier.expertId()
                : flag instanceof SetAsideAfterSigning setAside ? setAside.expertId() : null;
        String indicator = flag instanceof IndicatorOutlier outlier ? outlier.indicatorCode() : null;
        return Arrays.asList(summary.applicant().id(), summary.applicant().name(), round, flag.code(), expert, indicator,
                flag.explanation().in(Locale.SIMPLIFIED_CHINESE),
                resolution.map(r -> r.kind().label()).orElse("待处理"), resolution.map(Resolution::text).orElse(null));
    }
}
