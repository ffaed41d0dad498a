package com.parkreview.scoring.entry;

import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ScorePrecision;
import com.parkreview.scoring.text.PlainNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Reads a score as the expert typed it (rule 2). Full-width digits and punctuation (８５，４．５) and
 * surrounding spaces are read as the number they show; anything outside [0, max], off the
 * session's step, or not a plain decimal number ({@link PlainNumber}) is refused with the reason.
 * A sign is refused: {@code +4} and {@code -0} as well as {@code -1}.
 */
public final class ScoreEntry {

    private ScoreEntry() {
    }

    /** The outcome of reading one typed value. */
    public sealed interface Result permits Accepted, Rejected {
        default Optional<BigDecimal> value() {
            return this instanceof Accepted a ? Optional.of(a.score()) : Optional.empty();
        }

        default Optional<ScoreRejection> rejection() {
            return this instanceof Rejected r ? Optional.of(r.why()) : Optional.empty();
        }
    }

    /** The score, at the scale of the session's step ({@code 4.5}, {@code 4.0} at step 0.5). */
    public record Accepted(BigDecimal score) implements Result {
    }

    public record Rejected(ScoreRejection why) implements Result {
    }

    public static Result read(Indicator indicator, String typed, ScorePrecision precision) {
        String raw = typed == null ? "" : typed;
        if (PlainNumber.normalise(raw).isEmpty()) {
            return reject(indicator, raw, RejectionReason.BLANK, precision);
        }
        if (PlainNumber.negative(raw)) {
            return reject(indicator, raw, RejectionReason.NEGATIVE, precision);
        }
        if (PlainNumber.signed(raw)) {
            return reject(indicator, raw, RejectionReason.SIGNED, precision);
        }
        Optional<BigDecimal> read = PlainNumber.parse(raw);
        if (read.isEmpty()) {
            return reject(indicator, raw, RejectionReason.NOT_A_NUMBER, precision);
        }
        BigDecimal value = read.get();
        if (value.compareTo(indicator.max()) > 0) {
            return reject(indicator, raw, RejectionReason.ABOVE_MAXIMUM, precision);
        }
        if (value.stripTrailingZeros().scale() > precision.decimals()) {
            return reject(indicator, raw, RejectionReason.TOO_MANY_DECIMALS, precision);
        }
        if (value.remainder(precision.step()).signum() != 0) {
            return reject(indicator, raw, RejectionReason.OFF_STEP, precision);
        }
        return new Accepted(value.setScale(precision.decimals(), RoundingMode.UNNECESSARY));
    }

    /**
     * Whether a stored score is one rule 2 allows: in range and on the step. For values that did
     * not come through {@link #read} (files, the database).
     */
    public static boolean isAllowed(Indicator indicator, BigDecimal score, ScorePrecision precision) {
        return score.signum() >= 0
                && score.compareTo(indicator.max()) <= 0
                && score.stripTrailingZeros().scale() <= precision.decimals()
                && score.remainder(precision.step()).signum() == 0;
    }

    private static Result reject(Indicator indicator, String typed, RejectionReason reason, ScorePrecision precision) {
        return new Rejected(new ScoreRejection(indicator, typed, reason, precision));
    }
}
