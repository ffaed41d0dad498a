package com.parkreview.app.setup;

import static com.parkreview.app.review.ReviewRules.refuse;
import static com.parkreview.app.setup.ChangedMeanwhile.field;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Codes;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.KitListing;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.SameOneTwice;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoreAccess;
import java.util.List;

/**
 * Use case: correct an applicant (name, credit code, contact, amounts, order, slot; its code
 * only while no kit has gone out and no sheet exists) — set-up's Edit and {@code applicants edit}.
 * Once scoring has started the change needs a reason, kept in the history with the old and new
 * values; merged results become out of date when a figure changes.
 */
public final class EditApplicant {

    /** What a correction writes of an applicant. */
    private static final List<ChangedMeanwhile.Field<Applicant>> EDITED = List.of(field("code", Applicant::code),
            field("name", Applicant::name), field("uscc", Applicant::uscc), field("contact", Applicant::contact),
            field("appliedFor", Applicant::appliedFor), field("receivedThisYear", Applicant::receivedThisYear),
            field("defenseOrder", Applicant::defenseOrder), field("slotStart", Applicant::slotStart));

    private final StoreAccess store;

    public EditApplicant(StoreAccess store) {
        this.store = store;
    }

    /**
     * Saves the correction of {@code startedFrom} (the applicant as the form or the command read it);
     * refused, nothing saved, when someone changed what it corrects since ({@link ChangedMeanwhile}).
     */
    public void edit(Actor actor, Applicant startedFrom, NewApplicant changed, String reason) {
        long applicantId = startedFrom.id();
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.editApplicant");
            Applicant now = ReviewRules.applicant(s, applicantId);
            ClosedSessions.refuseChange(s, now.sessionId());
            new ChangedMeanwhile(s, AppText.of("changed.applicant", now.code(), now.name()), "applicant", applicantId)
                    .compare(startedFrom, now, EDITED).refuseIfAny();
            String given = SetupChanges.reason(s, now.sessionId(), reason);
            if (!now.code().equals(changed.code())) {
                refuseCodeChange(s, now);
            }
            for (Applicant other : s.applicants().list(now.sessionId())) {
                if (other.id() == applicantId) {
                    continue;
                }
                Codes.refuseTaken("rule.applicantCodeTaken", changed.code(), other.code(), other.name());
                if (other.uscc().equals(changed.uscc())) {
                    throw refuse("rule.usccTaken", changed.uscc(), other.code(), other.name());
                }
                if (changed.defenseOrder() != now.defenseOrder() && other.defenseOrder() == changed.defenseOrder()) {
                    throw refuse("rule.orderTaken", changed.defenseOrder(), other.code(), other.name());
                }
                SameOneTwice.refuseApplicant(changed.code(), changed.name(), other);
            }
            s.applicants().update(applicantId, changed);
            SetupChanges.keep(s, "applicant:" + applicantId, given);
            return null;
        });
    }

    /** Kits that list the applicant and its sheets carry the code: once either exists, the code stays. */
    private static void refuseCodeChange(Store s, Applicant now) {
        if (KitListing.kitsThatMayList(s, now) > 0 || !s.sheets().forApplicant(now.id()).isEmpty()) {
            throw refuse("setup.codeFixed", now.code());
        }
    }
}
