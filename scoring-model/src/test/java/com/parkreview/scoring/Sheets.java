package com.parkreview.scoring;

import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Table1;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test sheets on Table 1. */
public final class Sheets {

    private Sheets() {
    }

    /** A sheet whose total is {@code total}: indicators filled in order, each up to its maximum. */
    public static ExpertSheet withTotal(String expert, String total) {
        BigDecimal remaining = new BigDecimal(total);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Indicator indicator : Table1.rubric().indicators()) {
            BigDecimal score = remaining.min(indicator.max());
            scores.put(indicator.code(), score);
            remaining = remaining.subtract(score);
        }
        if (remaining.signum() != 0) {
            throw new IllegalArgumentException("total above 100: " + total);
        }
        return ExpertSheet.scored(expert, scores);
    }

    /**
     * Sheets of experts E1, E2, … with these totals, separated by {@code ;}, where {@code R} marks
     * an expert who recused: {@code "85;R;70"}.
     */
    public static List<ExpertSheet> fromTotals(String totals) {
        List<ExpertSheet> sheets = new ArrayList<>();
        String[] values = totals.split(";");
        for (int i = 0; i < values.length; i++) {
            String expert = "E" + (i + 1);
            sheets.add(values[i].equals("R") ? ExpertSheet.recusal(expert) : withTotal(expert, values[i]));
        }
        return sheets;
    }

    /** A sheet with the given scores in Table 1 order (13 values). */
    public static ExpertSheet withScores(String expert, String... scores) {
        if (scores.length != 13) {
            throw new IllegalArgumentException("Table 1 has 13 indicators, got " + scores.length);
        }
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        int i = 0;
        for (Indicator indicator : Table1.rubric().indicators()) {
            map.put(indicator.code(), new BigDecimal(scores[i++]));
        }
        return ExpertSheet.scored(expert, map);
    }

    /** Table 1 scores all at a fixed share of each maximum (e.g. 0.8 → 4, 4, 4, …, 8, 8, 12, 12, 4, 4, 8). */
    public static ExpertSheet atShare(String expert, String share) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (Indicator indicator : Table1.rubric().indicators()) {
            map.put(indicator.code(), indicator.max().multiply(new BigDecimal(share)).stripTrailingZeros());
        }
        return ExpertSheet.scored(expert, map);
    }
}
