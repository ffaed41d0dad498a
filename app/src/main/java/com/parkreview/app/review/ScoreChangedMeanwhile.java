package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.LocalizedTime;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A score changed on another machine (the same sheet open twice: the expert's form and a typist's,
 * two windows on one server) after the form that is saving showed it. The later value is not saved
 * over the other one silently: the writer is told what the score is now, who set it and when, and
 * the form shows the stored score again.
 */
public final class ScoreChangedMeanwhile extends ValidationException {

    private final transient Optional<BigDecimal> current;

    private ScoreChangedMeanwhile(LocalizedText text, Optional<BigDecimal> current) {
        super(text);
        this.current = current;
    }

    /** The score stored now, which the form shows instead of what was typed. */
    public Optional<BigDecimal> current() {
        return current;
    }

    /** Refuses the change when the indicator's score is no longer {@code shown}, the one the form was showing. */
    static void check(Store s, long sheetId, String indicatorCode, Optional<BigDecimal> shown, String typed) {
        Optional<BigDecimal> now = s.sheets().find(sheetId).flatMap(sheet -> sheet.entries().stream()
                .filter(e -> e.code().equals(indicatorCode)).findFirst()).flatMap(IndicatorEntry::score);
        if (same(now, shown)) {
            return;
        }
        Optional<HistoryEntry> last = s.history().forEntity(HistoryRepository.SHEET, String.valueOf(sheetId)).stream()
                .filter(e -> e.field().equals(HistoryRepository.scoreField(indicatorCode))).reduce((earlier, later) -> later);
        throw new ScoreChangedMeanwhile(AppText.of("rule.scoreChangedMeanwhile", indicatorCode,
                now.map(BigDecimal::toPlainString).orElse("—"), last.map(HistoryEntry::actor).orElse("—"),
                last.<Object>map(e -> LocalizedTime.of(e.at(), Locale.getDefault())).orElse("—"),
                typed.isBlank() ? "—" : typed.strip()), now);
    }

    private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }
}
