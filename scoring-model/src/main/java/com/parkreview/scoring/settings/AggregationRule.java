package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;

/** How a panel score is made from the valid experts' totals (rule 4). */
public enum AggregationRule {
    /** The arithmetic mean of every valid expert's total. */
    MEAN("mean"),
    /** Drop one highest and one lowest total when at least five experts are valid, else the mean. */
    TRIMMED_MEAN("trimmed");

    /** Fewest valid experts for which the trimmed mean drops the extremes. */
    public static final int TRIMMED_MINIMUM = 5;

    private final String id;

    AggregationRule(String id) {
        this.id = id;
    }

    /** The word used on the command line and in files: {@code mean} or {@code trimmed}. */
    public String id() {
        return id;
    }

    public static AggregationRule parse(String text) {
        for (AggregationRule rule : values()) {
            if (rule.id.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return rule;
            }
        }
        throw new ValidationException(LocalizedText.of("settings.rule", text));
    }
}
