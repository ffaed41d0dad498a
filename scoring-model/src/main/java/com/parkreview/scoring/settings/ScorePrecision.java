package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import com.parkreview.scoring.text.PlainNumber;
import java.util.Arrays;
import java.util.Optional;

/** The step in which a session's indicator scores are given (rule 2): 0.5 by default, 1 or 0.1. */
public enum ScorePrecision {
    WHOLE("1"),
    HALF("0.5"),
    TENTH("0.1");

    private final BigDecimal step;
    private final int decimals;

    ScorePrecision(String step) {
        this.step = new BigDecimal(step);
        this.decimals = Math.max(0, this.step.stripTrailingZeros().scale());
    }

    public static final ScorePrecision DEFAULT = HALF;

    public BigDecimal step() {
        return step;
    }

    /**
     * A score, total or median as the sheets print it: with this step's decimals at least
     * ({@code 2} at a 0.5 step is {@code 2.0}; a median of {@code 4.25} keeps its two). A flag said
     * "得分 2 与中位数 4" where the sheet beside it printed 2.0 and 4.0 (round 20).
     */
    public BigDecimal shown(BigDecimal value) {
        return value.setScale(Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale())));
    }

    /** How many decimals a score at this step may have: 0 or 1. */
    public int decimals() {
        return decimals;
    }

    /** The step as the user types it: {@code 1}, {@code 0.5}, {@code 0.1}. */
    public String label() {
        return step.toPlainString();
    }

    /** Reads {@code 1}, {@code 0.5} or {@code 0.1} (as typed on the command line or in a file), a plain number. */
    public static ScorePrecision parse(String text) {
        Optional<BigDecimal> wanted = PlainNumber.parse(text);
        return Arrays.stream(values())
                .filter(p -> wanted.isPresent() && wanted.get().compareTo(p.step) == 0)
                .findFirst()
                .orElseThrow(() -> new ValidationException(LocalizedText.of("settings.precision", text)));
    }
}
