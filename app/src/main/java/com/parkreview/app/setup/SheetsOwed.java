package com.parkreview.app.setup;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.merge.PanelScore;
import com.parkreview.scoring.session.RankedApplicant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sheets a ranked applicant's panel still owes when the session is to be closed: an expert
 * who neither recused nor has a sheet that counts. Closing would decide the applicant's money on
 * the others' sheets (a tester's round 8 closed a session with E5's signed paper sheet typed in
 * once, awaiting its second entry: A03 was paid 1200 万元 on four sheets instead of 840 on five).
 * An applicant left unfinished (fewer than three valid experts) is decided as such and named in
 * the question instead, unless a sheet its expert signed only waits to count.
 */
final class SheetsOwed {

    private SheetsOwed() {
    }

    /** Each sheet owed, with its state, or empty when every ranked applicant's panel has answered. */
    static Optional<LocalizedText> of(StoredSession stored) {
        List<LocalizedText> owed = new ArrayList<>();
        for (RankedApplicant row : stored.merge().rows()) {
            Optional<Applicant> applicant = stored.applicantByCode(row.applicant().id());
            if (applicant.isEmpty()) {
                continue;
            }
            for (Expert expert : stored.experts()) {
                long applicantId = applicant.get().id();
                if (stored.recused(expert.id(), applicantId)) {
                    continue;
                }
                Optional<ScoreSheet> sheet = stored.currentSheet(expert.id(), applicantId);
                if (sheet.filter(stored::counts).isEmpty() && (panelAnswers(row) || signedNotCounted(sheet))) {
                    owed.add(AppText.of("close.owedOne", expert.code(), applicant.get().code(), state(sheet)));
                }
            }
        }
        return owed.isEmpty() ? Optional.empty() : Optional.of(AppText.list(owed));
    }

    /** Whether the applicant would have a panel score once its panel had answered: three valid experts, no re-review. */
    private static boolean panelAnswers(RankedApplicant row) {
        return row.result().validExperts() >= PanelScore.MINIMUM_VALID_EXPERTS && row.result().awaitingReReview().isEmpty();
    }

    /**
     * A sheet the expert signed that does not count yet (a paper sheet awaiting its second entry):
     * owed even by an applicant left unfinished, whom it might finish (a tester's round 9 typed three
     * of A03's five paper sheets once: A03 unfinished, closed, 0 instead of 700 万元).
     */
    private static boolean signedNotCounted(Optional<ScoreSheet> sheet) {
        return sheet.filter(x -> x.status() == SheetStatus.SIGNED).isPresent();
    }

    private static LocalizedText state(Optional<ScoreSheet> sheet) {
        if (sheet.isEmpty()) {
            return AppText.of("close.owedNoSheet");
        }
        if (sheet.get().status() == SheetStatus.SIGNED && sheet.get().origin() == SheetOrigin.PAPER) {
            return AppText.of("close.owedSecondEntry");
        }
        return AppText.of("close.owedNotSigned");
    }
}
