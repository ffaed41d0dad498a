package com.parkreview.scoring.entry;

import java.util.Locale;

/** Why rule 2 refuses what was typed into an indicator's score field. */
public enum RejectionReason {
    BLANK,
    NOT_A_NUMBER,
    NEGATIVE,
    /** {@code +4} or {@code -0}: a sign, which no score has. */
    SIGNED,
    ABOVE_MAXIMUM,
    TOO_MANY_DECIMALS,
    OFF_STEP;

    /** The bundle key of the sentence that explains this reason. */
    String messageKey() {
        return "entry." + name().toLowerCase(Locale.ROOT);
    }
}
