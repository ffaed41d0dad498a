package com.parkreview.reports.fill;

import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ScoreSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A column of the panel summary's score table: a valid expert's current sheet, a sheet a
 * re-review superseded (beside the new one), a recused expert, or the panel's means.
 */
record SummaryColumn(Kind kind, String key, String header, Optional<ScoreSheet> sheet) {

    /** The most columns the landscape table holds (9 × 52 pt beside the indicators). */
    static final int MOST = 9;

    enum Kind { SCORE, SUPERSEDED, RECUSED, MISSING, MEAN }

    /** The columns in panel order: each expert's current sheet, then that expert's superseded ones; the means last. */
    static List<SummaryColumn> of(PanelSummary summary) {
        List<SummaryColumn> columns = new ArrayList<>();
        for (Expert expert : summary.panel()) {
            if (summary.recused(expert.id())) {
                columns.add(new SummaryColumn(Kind.RECUSED, expert.id(),
                        Styled.bold(expert.name()) + "\n" + expert.id() + "\n回避", Optional.empty()));
                continue;
            }
            if (!summary.scored(expert.id())) {
                // Still to sign (the panel is incomplete, or a re-review is under way): shown, not counted.
                columns.add(new SummaryColumn(Kind.MISSING, expert.id(),
                        Styled.bold(expert.name()) + "\n" + expert.id() + "\n未签署", Optional.empty()));
                continue;
            }
            columns.add(new SummaryColumn(Kind.SCORE, expert.id(),
                    Styled.bold(expert.name()) + "\n" + expert.id() + " " + (expert.groupLeader() ? "组长" : shortRole(expert))
                            + "\n" + Figures.shortRound(summary.sheetOf(expert.id()).round()),
                    Optional.of(summary.sheetOf(expert.id()))));
            summary.superseded().stream()
                    .filter(s -> s.expertId().equals(expert.id()))
                    .sorted(Comparator.comparingInt(ScoreSheet::round))
                    .forEach(old -> columns.add(new SummaryColumn(Kind.SUPERSEDED,
                            FlagMarks.supersededColumn(expert.id(), old.round()),
                            Styled.coloured(expert.name(), Styled.VOID_COLOUR, true) + "\n"
                                    + Styled.coloured("第 " + old.round() + " 轮\n已作废", Styled.VOID_COLOUR, false),
                            Optional.of(old))));
        }
        columns.add(new SummaryColumn(Kind.MEAN, FlagMarks.PANEL_COLUMN, Styled.bold("平均分"), Optional.empty()));
        if (columns.size() > MOST) {
            throw new IllegalArgumentException("the summary of " + summary.applicant().id() + " needs " + columns.size()
                    + " columns; the sheet holds " + MOST + " (experts, superseded sheets and the means)");
        }
        return columns;
    }

    private static String shortRole(Expert expert) {
        return expert.role().label().substring(0, 2);
    }
}
