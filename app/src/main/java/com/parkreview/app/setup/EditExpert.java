package com.parkreview.app.setup;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.StoreAccess;

/**
 * Use case: correct a panel member (name, organisation, role, group leader; the code only while
 * no kit was issued to the expert and no sheet of theirs exists) — set-up's Edit and
 * {@code experts edit}. Once scoring has started the change needs a reason, kept in the history.
 */
public final class EditExpert {

    private final StoreAccess store;

    public EditExpert(StoreAccess store) {
        this.store = store;
    }

    public void edit(Actor actor, long expertId, NewExpert changed, String reason) {
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.editExpert");
            Expert now = ReviewRules.expert(s, expertId);
            ClosedSessions.refuseChange(s, now.sessionId());
            String given = SetupChanges.reason(s, now.sessionId(), reason);
            boolean hasSheets = s.sheets().forSession(now.sessionId()).stream().anyMatch(x -> x.expertId() == expertId);
            if (!now.code().equals(changed.code()) && (hasSheets || s.kits().issuedTo(expertId) > 0)) {
                throw refuse("setup.codeFixed", now.code());
            }
            for (Expert other : s.experts().list(now.sessionId())) {
                if (other.id() == expertId) {
                    continue;
                }
                if (other.code().equals(changed.code())) {
                    throw refuse("rule.expertCodeTaken", changed.code(), other.name());
                }
                if (changed.groupLeader() && other.groupLeader()) {
                    throw refuse("rule.oneGroupLeader", other.code(), other.name());
                }
            }
            s.experts().update(expertId, changed);
            SetupChanges.keep(s, "expert:" + expertId, given);
            return null;
        });
    }
}
