package com.parkreview.app.setup;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.KitListing;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.StoreAccess;
import java.util.Optional;

/**
 * Use case: remove an applicant added by mistake — set-up's Remove and {@code applicants remove}.
 * Refused once anything refers to it (score sheets, recusals, deviation flags, printed sheets,
 * kits handed out with it, the group leader's opinion entered for it), each named; the removal and its materials checklist go into the history.
 */
public final class RemoveApplicant {

    private final StoreAccess store;

    public RemoveApplicant(StoreAccess store) {
        this.store = store;
    }

    public void remove(Actor actor, long applicantId) {
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.removeApplicant");
            Applicant gone = ReviewRules.applicant(s, applicantId);
            long session = gone.sessionId();
            ClosedSessions.refuseChange(s, session);
            new SetupChanges()
                    .use(s.sheets().forApplicant(applicantId).size(), "setup.inUse.sheets")
                    .use((int) s.experts().recusals(session).stream().filter(r -> r.applicantId() == applicantId).count(),
                            "setup.inUse.recusals")
                    .use(s.flags().forApplicant(applicantId).size(), "setup.inUse.flags")
                    .use((int) s.printedSheets().forSession(session).stream()
                            .filter(p -> p.applicantId().equals(Optional.of(applicantId))).count(),
                            "setup.inUse.printed")
                    .use(KitListing.kitsThatMayList(s, gone), "setup.inUse.kitsListing")
                    // the leader's words, typed before any sheet, went with the row unsaid (a tester's round 15)
                    .use(gone.jointOpinion() == null || gone.jointOpinion().isBlank() ? 0 : 1, "setup.inUse.opinion")
                    .refuseRemovalIfUsed("setup.applicantInUse", gone.code(), gone.name());
            s.applicants().remove(applicantId);
            return null;
        });
    }
}
