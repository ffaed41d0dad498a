package com.parkreview.scoring.entry;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ScorePrecision;
import java.util.Locale;

/** A refused score: which indicator, what was typed, why, and what is allowed. */
public record ScoreRejection(Indicator indicator, String typed, RejectionReason reason, ScorePrecision precision) {

    /**
     * The sentence for the user: it names the indicator, repeats the value, gives the reason and
     * the allowed range and step.
     */
    public LocalizedText text() {
        LocalizedText allowed = LocalizedText.of("entry.allowed",
                indicator.max().toPlainString(), precision.label());
        return LocalizedText.of(reason.messageKey(),
                indicator.code(), indicator.shortName(), typed.strip(), allowed, precision.decimals());
    }

    public String message(Locale locale) {
        return text().in(locale);
    }

    /** The reason and the allowed range alone, for a hint beside the field. */
    public LocalizedText shortText() {
        return LocalizedText.of(reason.messageKey() + ".short",
                indicator.max().toPlainString(), precision.label(), precision.decimals());
    }
}
