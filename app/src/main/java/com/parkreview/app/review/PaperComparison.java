package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paper sheet's first entry compared with its second, indicator by indicator: the scores must
 * be the same; each indicator where they are not (or where one has none) is a difference.
 */
public record PaperComparison(List<Difference> differences) {

    /** One indicator where the two entries differ. */
    public record Difference(String indicatorCode, Optional<BigDecimal> first, Optional<BigDecimal> second) {
    }

    public PaperComparison {
        differences = List.copyOf(differences);
    }

    public static PaperComparison of(ScoreSheet first, PaperCheck second) {
        return of(first, second.scores());
    }

    /** The first entry compared with scores typed again, by indicator. */
    public static PaperComparison of(ScoreSheet first, Map<String, BigDecimal> typed) {
        List<Difference> differences = new ArrayList<>();
        for (IndicatorEntry entry : first.entries()) {
            Optional<BigDecimal> typedAgain = Optional.ofNullable(typed.get(entry.code()));
            boolean same = entry.score().isPresent() && typedAgain.isPresent()
                    && entry.score().get().compareTo(typedAgain.get()) == 0;
            if (!same) {
                differences.add(new Difference(entry.code(), entry.score(), typedAgain));
            }
        }
        return new PaperComparison(differences);
    }

    public boolean matches() {
        return differences.isEmpty();
    }

    /** The comparison in words: it matches, or which indicators differ and how. */
    public LocalizedText text() {
        return matches() ? AppText.of("paper.matches") : AppText.of("paper.differs", describe());
    }

    /** The indicators that differ, as a person reads them: {@code 1.3 (4 / 3.5), 5.2 (— / 2)}. */
    public String describe() {
        return String.join(", ", differences.stream().map(d -> d.indicatorCode() + " (" + text(d.first()) + " / "
                + text(d.second()) + ")").toList());
    }

    private static String text(Optional<BigDecimal> score) {
        return score.map(BigDecimal::toPlainString).orElse("—");
    }
}
