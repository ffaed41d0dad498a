package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: the secretary settles one indicator where a paper sheet's two entries differ, after
 * reading the paper: the first entry's value stands (the second is made the same) or the
 * second's (the first is corrected to it). The choice, both typists' names, both values and the
 * reason go into the history; once no indicator differs the sheet counts. {@code score resolve}
 * and the second-entry dialog.
 */
public final class PaperResolution {

    /** The history's action for a settled difference. */
    static final String ACTION = "resolve";

    /** Which entry read the paper right. */
    public enum Keep { FIRST, SECOND }

    private final StoreAccess store;

    public PaperResolution(StoreAccess store) {
        this.store = store;
    }

    /** @return the comparison after the choice */
    public PaperComparison resolve(Actor secretary, long sheetId, String indicatorCode, Keep keep, String reason) {
        String why = TextField.RESOLUTION_REASON.check(reason == null ? "" : reason).strip();
        return store.write(secretary, s -> {
            ExpertModeRules.secretaryOnly(s, "action.paperEntry");
            ScoreSheet sheet = ReviewRules.sheet(s, sheetId);
            ClosedSessions.refuseSheetChange(s, sheetId);
            PaperCheck second = s.paperChecks().find(sheetId).orElseThrow(() -> refuse("paper.noSecond", sheetId));
            PaperComparison.Difference difference = PaperComparison.of(sheet, second).differences().stream()
                    .filter(d -> d.indicatorCode().equals(indicatorCode)).findFirst()
                    .orElseThrow(() -> refuse("paper.noDifference", indicatorCode));
            if (why.isEmpty()) {
                throw refuse("paper.resolveReason");
            }
            if (PaperEntry.typedAnEntry(s, sheetId, secretary.name())) { // not a judge of one's own reading (round 7)
                throw refuse("paper.resolverTyped", secretary.name().strip());
            }
            String firstBy = String.join("、", PaperEntry.typists(s, sheetId));
            Optional<BigDecimal> kept = keep == Keep.FIRST ? difference.first() : difference.second();
            BigDecimal value = kept.orElseThrow(() -> refuse("paper.resolveEmpty", indicatorCode));
            refuseAnotherValue(why, indicatorCode, value);
            if (keep == Keep.FIRST) {
                Map<String, BigDecimal> scores = new HashMap<>(second.scores());
                scores.put(indicatorCode, value);
                s.paperChecks().record(sheetId, scores, second.enteredBy());
            } else {
                s.sheets().setScore(sheetId, indicatorCode, Optional.of(value));
            }
            s.history().note(ACTION, subject(sheetId), indicatorCode + " " + keep.name().toLowerCase(Locale.ROOT)
                    + ": first " + text(difference.first()) + " (" + firstBy + "), second " + text(difference.second())
                    + " (" + second.enteredBy() + "); " + why);
            ScoreSheet now = ReviewRules.sheet(s, sheetId);
            return PaperComparison.of(now, s.paperChecks().find(sheetId).orElseThrow());
        });
    }

    /**
     * A reason that is only a number is the value the secretary read on the paper: it must be the
     * one kept. A tester's round 5 answered the window's question with 9, neither typing (4 and 8);
     * the 8 was kept, and the history held a reason that contradicts it.
     */
    private static void refuseAnotherValue(String why, String indicatorCode, BigDecimal kept) {
        String digits = Normalizer.normalize(why, Normalizer.Form.NFKC);
        if (digits.matches("[0-9]+(\\.[0-9]+)?") && new BigDecimal(digits).compareTo(kept) != 0) {
            throw refuse("paper.reasonOtherValue", indicatorCode, digits, kept.toPlainString());
        }
    }

    /** What the history's note of a settlement is about: the sheet. */
    static String subject(long sheetId) {
        return "score_sheet:" + sheetId;
    }

    private static String text(Optional<BigDecimal> score) {
        return score.map(BigDecimal::toPlainString).orElse("—");
    }
}
