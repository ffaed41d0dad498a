package com.parkreview.reports.fill;

import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.Resolution;
import com.parkreview.reports.data.ResolvedFlag;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.ExpertOutlier;
import com.parkreview.scoring.deviation.IndicatorOutlier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The deviation flags of a panel summary, numbered ※1, ※2, …: the cell each marks (an expert's
 * score on an indicator, an expert's total, or the panel score) and the footnote that explains
 * it, in the scoring model's words, with its resolution. Flags of the current sheets come
 * first; then resolved flags of earlier rounds, which mark the superseded scores.
 */
final class FlagMarks {

    /** The row of the totals. */
    static final String TOTAL_ROW = "total";
    /** The column of the panel: the means and the panel score. */
    static final String PANEL_COLUMN = "panel";

    private final Map<String, List<Integer>> marksByCell = new HashMap<>();
    private final List<Footnote> footnotes = new ArrayList<>();

    /** A numbered footnote: {@code ※1}, or {@code ※3（第 1 轮）} for an earlier round, and its text. */
    record Footnote(String mark, String text) {
    }

    FlagMarks(PanelSummary summary) {
        int current = summary.currentRound();
        for (DeviationFlag flag : summary.result().flags()) {
            String column = expertOf(flag).orElse(PANEL_COLUMN);
            add(flag, Optional.empty(), Optional.of(cell(column, flag)), summary.resolutionOf(flag, current));
        }
        for (ResolvedFlag earlier : summary.resolutions()) {
            if (earlier.round() == current) {
                continue;
            }
            Optional<String> cell = expertOf(earlier.flag())
                    .filter(expert -> summary.superseded().stream()
                            .anyMatch(s -> s.expertId().equals(expert) && s.round() == earlier.round()))
                    .map(expert -> cell(supersededColumn(expert, earlier.round()), earlier.flag()));
            add(earlier.flag(), Optional.of(earlier.round()), cell, Optional.of(earlier.resolution()));
        }
    }

    /** The column of an expert's superseded sheet of a round (a current sheet's column is the expert's id). */
    static String supersededColumn(String expertId, int round) {
        return expertId + "@" + round;
    }

    /** The marks on a cell, e.g. {@code ※1※3}, or an empty string. */
    String marks(String column, String row) {
        StringBuilder text = new StringBuilder();
        marksByCell.getOrDefault(column + "/" + row, List.of()).forEach(n -> text.append('※').append(n));
        return text.toString();
    }

    List<Footnote> footnotes() {
        return footnotes;
    }

    private void add(DeviationFlag flag, Optional<Integer> earlierRound, Optional<String> cell,
            Optional<Resolution> resolution) {
        int number = footnotes.size() + 1;
        cell.ifPresent(c -> marksByCell.computeIfAbsent(c, k -> new ArrayList<>()).add(number));
        String handling = resolution
                .map(r -> "处理：" + r.kind().label() + "。" + r.text())
                .orElse("处理：待评审秘书处理。");
        String mark = "※" + number + earlierRound.map(r -> "（第 " + r + " 轮）").orElse("");
        footnotes.add(new Footnote(mark, flag.explanation().in(Locale.SIMPLIFIED_CHINESE) + "　" + handling));
    }

    private static String cell(String column, DeviationFlag flag) {
        String row = flag instanceof IndicatorOutlier outlier ? outlier.indicatorCode() : TOTAL_ROW;
        return column + "/" + row;
    }

    private static Optional<String> expertOf(DeviationFlag flag) {
        if (flag instanceof IndicatorOutlier outlier) {
            return Optional.of(outlier.expertId());
        }
        if (flag instanceof ExpertOutlier outlier) {
            return Optional.of(outlier.expertId());
        }
        return Optional.empty();
    }
}
