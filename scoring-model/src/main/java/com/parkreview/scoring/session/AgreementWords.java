package com.parkreview.scoring.session;

import com.parkreview.scoring.LocalizedText;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The agreement figures and an expert's leniency in words a secretary reads at a glance.
 * ICC after Koo and Li (2016): below 0.50 poor, to 0.75 moderate, to 0.90 good, above excellent.
 * Kendall's W after Schmidt (1997): below 0.30 weak, to 0.50 moderate, to 0.70 strong, above
 * very strong. Leniency: within 2 points of the panel is in line with it.
 */
public final class AgreementWords {

    /** How well the experts agree. */
    public enum Level { POOR, MODERATE, GOOD, EXCELLENT }

    private static final BigDecimal LENIENCY_BAND = new BigDecimal("2");

    private AgreementWords() {
    }

    public static Level icc(BigDecimal value) {
        return level(value, "0.50", "0.75", "0.90");
    }

    public static Level kendallW(BigDecimal value) {
        return level(value, "0.30", "0.50", "0.70");
    }

    /** One sentence on the session's agreement, or why there is none to give. */
    public static LocalizedText summary(AgreementFigures figures) {
        if (!figures.computable() || figures.totals().average().isEmpty()) {
            return LocalizedText.of("agreement.notComputable", figures.applicants(), figures.experts());
        }
        BigDecimal icc = figures.totals().average().get();
        LocalizedText words = LocalizedText.of("agreement.level." + icc(icc).name());
        Optional<BigDecimal> w = figures.kendallW();
        return w.isPresent()
                ? LocalizedText.of("agreement.summary", words, figures.applicants(), figures.experts(), icc,
                        figures.totals().single().map(BigDecimal::toPlainString).orElse("—"), w.get(),
                        LocalizedText.of("agreement.level." + kendallW(w.get()).name()))
                : LocalizedText.of("agreement.summaryNoW", words, figures.applicants(), figures.experts(), icc);
    }

    /** An expert's leniency in words: lenient, strict, or in line with the panel. */
    public static LocalizedText leniency(ExpertLeniency leniency) {
        if (leniency.meanDifference().isEmpty()) {
            return LocalizedText.of("leniency.none", leniency.expertId());
        }
        BigDecimal difference = leniency.meanDifference().get();
        String key = difference.compareTo(LENIENCY_BAND) > 0 ? "leniency.lenient"
                : difference.compareTo(LENIENCY_BAND.negate()) < 0 ? "leniency.strict" : "leniency.inLine";
        return LocalizedText.of(key, leniency.expertId(), difference.abs(), leniency.applicants());
    }

    private static Level level(BigDecimal value, String moderate, String good, String excellent) {
        if (value.compareTo(new BigDecimal(excellent)) >= 0) {
            return Level.EXCELLENT;
        }
        if (value.compareTo(new BigDecimal(good)) >= 0) {
            return Level.GOOD;
        }
        return value.compareTo(new BigDecimal(moderate)) >= 0 ? Level.MODERATE : Level.POOR;
    }
}
