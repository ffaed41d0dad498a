package com.parkreview.reports.fill;

import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The 专家组评分汇总表 of one applicant: the valid experts side by side per indicator with the
 * means, superseded scores beside the re-reviewed ones, totals, the panel score and what follows
 * from it, the flags marked ※ with their footnotes, the joint opinion and a signature line for
 * every valid expert and the group leader.
 */
public final class PanelSummaryReport {

    private PanelSummaryReport() {
    }

    public static FilledSheet fill(PanelSummary summary, ProgrammeSettings settings) {
        for (ScoreSheet sheet : summary.sheets()) {
            sheet.requireAllowedBy(settings);
        }
        CanonicalContent content = CanonicalForms.panelSummary(summary);
        SheetCode code = SheetCode.of(content);
        FlagMarks marks = new FlagMarks(summary);
        List<SummaryColumn> columns = SummaryColumn.of(summary);
        TableCells cells = new TableCells(summary, settings, marks, columns);

        Map<String, Object> parameters = SheetParameters.of(SheetKind.PANEL_SUMMARY.title(), summary.header(), code);
        parameters.putAll(ApplicantLines.of(summary.applicant()));
        parameters.put("RUBRIC_NAME", settings.rubric().name());
        parameters.put("ROUND_TEXT", Figures.round(summary.currentRound()));
        parameters.put("MAX_TOTAL_TEXT", Figures.whole(settings.rubric().maxTotal()));
        parameters.put("COLUMN_COUNT", columns.size());
        for (int i = 0; i < columns.size(); i++) {
            parameters.put("H" + i, columns.get(i).header());
            parameters.put("HK" + i, columns.get(i).kind().name());
        }
        putCells(parameters, "T", cells.row(FlagMarks.TOTAL_ROW, ScoreSheet::total,
                summary.result().panelScore().map(Figures::twoDecimals).orElse("—")));
        parameters.putAll(OutcomeLines.of(summary, settings));
        parameters.put("FLAGS_TITLE", "偏差标记及处理（明显偏差：专家总分与中位数相差 "
                + Figures.whole(settings.thresholds().expertPoints()) + " 分及以上，或单项得分与中位数相差该项分值的 "
                + Figures.percent(settings.thresholds().indicatorShare()) + " 及以上；各专家总分档次不一；去掉任一专家后档次改变）");
        parameters.put("FOOTNOTES", footnotes(marks));
        parameters.put("JOINT_OPINION", summary.jointOpinion());
        parameters.put("LEADER_NAME", summary.groupLeader().name());
        parameters.put("SIGNERS", signers(summary));

        List<Map<String, ?>> rows = new ArrayList<>();
        int number = 0;
        for (Dimension dimension : settings.rubric().dimensions()) {
            number++;
            String label = Figures.chineseOrdinal(number) + "、" + dimension.name() + "（" + Figures.whole(dimension.max()) + " 分）";
            List<String> dimensionCells = cells.row("dimension", sheet -> subtotal(sheet, dimension),
                    Figures.twoDecimals(summary.result().dimensionMeans().getOrDefault(dimension.code(), BigDecimal.ZERO)));
            for (Indicator indicator : dimension.indicators()) {
                Map<String, Object> row = new HashMap<>();
                row.put("dimension", label);
                putCells(row, "D", dimensionCells);
                row.put("code", indicator.code());
                row.put("name", indicator.name());
                row.put("max", Figures.whole(indicator.max()));
                putCells(row, "C", cells.row(indicator.code(), sheet -> sheet.score(indicator.code()),
                        Optional.ofNullable(summary.result().indicatorMeans().get(indicator.code()))
                                .map(Figures::twoDecimals).orElse("—")));
                rows.add(row);
            }
        }
        String name = SheetKind.PANEL_SUMMARY.title() + "_" + summary.applicant().id();
        return Filler.fill(SheetKind.PANEL_SUMMARY, name, content, code, Template.PANEL_SUMMARY, parameters, rows);
    }

    private static BigDecimal subtotal(ScoreSheet sheet, Dimension dimension) {
        return dimension.indicators().stream().map(i -> sheet.score(i.code())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A row's cells across the columns as the template's fixed columns take them: {@code C0}, {@code C1}, … */
    private static void putCells(Map<String, Object> into, String prefix, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            into.put(prefix + i, cells.get(i));
        }
    }

    private static List<Map<String, Object>> footnotes(FlagMarks marks) {
        List<Map<String, Object>> notes = new ArrayList<>();
        for (FlagMarks.Footnote footnote : marks.footnotes()) {
            notes.add(Map.of("mark", footnote.mark(), "text", footnote.text()));
        }
        if (notes.isEmpty()) {
            notes.add(Map.of("mark", "—", "text", "本申报单位无明显偏差标记。"));
        }
        return notes;
    }

    private static List<Map<String, Object>> signers(PanelSummary summary) {
        List<Map<String, Object>> signers = new ArrayList<>();
        int order = 0;
        for (Expert expert : summary.validExperts()) {
            order++;
            signers.add(Map.of(
                    "order", Integer.toString(order),
                    "name", expert.name(),
                    "organisation", expert.organisation(),
                    "role", expert.role().label() + (expert.groupLeader() ? "（组长）" : ""),
                    "fingerprint", expert.keyFingerprint().map(f -> "公钥指纹 " + f).orElse("")));
        }
        return signers;
    }

    /** The cells of one row across the columns: scores, superseded scores, recusals and the panel's figure. */
    private record TableCells(PanelSummary summary, ProgrammeSettings settings, FlagMarks marks,
            List<SummaryColumn> columns) {

        List<String> row(String rowKey, Function<ScoreSheet, BigDecimal> value, String panelValue) {
            List<String> row = new ArrayList<>();
            for (SummaryColumn column : columns) {
                String mark = marks.marks(column.key(), rowKey);
                String text = switch (column.kind()) {
                    case RECUSED -> Styled.coloured("回避", Styled.VOID_COLOUR, false);
                    case MISSING -> Styled.coloured("—", Styled.VOID_COLOUR, false);
                    case MEAN -> decorate(panelValue, mark, false, true);
                    case SCORE, SUPERSEDED -> decorate(
                            Figures.score(value.apply(column.sheet().orElseThrow()), settings.precision()), mark,
                            column.kind() == SummaryColumn.Kind.SUPERSEDED, false);
                };
                row.add(text);
            }
            return row;
        }

        private static String decorate(String value, String mark, boolean superseded, boolean bold) {
            if (!mark.isEmpty()) {
                return Styled.coloured(value + mark, Styled.FLAGGED_COLOUR, true);
            }
            if (superseded) {
                return Styled.coloured(value, Styled.VOID_COLOUR, false);
            }
            return bold ? Styled.bold(value) : Styled.plain(value);
        }
    }
}
