package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.util.Optional;

/**
 * Use case: a conflict of interest (回避) found out after the expert signed — the expert's former
 * employer among the applicants, say, noticed by the secretary once the results are merged. The
 * recusal is recorded with its reason; the signed sheet is kept as it was (never deleted) but no
 * longer counts, since a recusal comes before any sheet in the merge, and the history says which
 * sheet was set aside. Results merged before are then out of date. Only the secretary records it,
 * and only for a signed sheet: before signing, {@link ScoringService#declareRecusal} is the way.
 */
public final class LateRecusal {

    private final StoreAccess store;

    public LateRecusal(StoreAccess store) {
        this.store = store;
    }

    /** @return the id of the signed sheet set aside */
    public long record(Actor secretary, long expertId, long applicantId, String reason) {
        String why = TextField.RECUSAL_REASON.check(reason == null ? "" : reason).strip();
        return store.write(secretary, s -> {
            ExpertModeRules.secretaryOnly(s, "action.recusal");
            Expert expert = ReviewRules.expert(s, expertId);
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            ReviewRules.newRecusal(s, expert, applicant, why);
            Optional<ScoreSheet> sheet = s.sheets().current(expertId, applicantId)
                    .filter(current -> current.status() == SheetStatus.SIGNED);
            long setAside = sheet.orElseThrow(() -> refuse("rule.lateRecusalNotSigned", expert.code(),
                    applicant.code())).id();
            s.experts().declareRecusal(expertId, applicantId, why, store.clock().instant());
            s.history().note("recuse-after-signing", "score_sheet:" + setAside, expert.code() + " / "
                    + applicant.code() + ": signed sheet kept, no longer counted; " + why);
            return setAside;
        });
    }
}
