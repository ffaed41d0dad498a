package com.parkreview.app.setup;

import static com.parkreview.app.review.ReviewRules.refuse;
import static com.parkreview.app.setup.ChangedMeanwhile.field;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Codes;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.SameOneTwice;
import com.parkreview.app.review.StoreAccess;
import java.util.List;

/**
 * Use case: correct a panel member (name, organisation, role, group leader; the code only while
 * no kit was issued to the expert and no sheet of theirs exists) — set-up's Edit and
 * {@code experts edit}. Once scoring has started the change needs a reason, kept in the history.
 */
public final class EditExpert {

    /** What a correction writes of an expert. */
    private static final List<ChangedMeanwhile.Field<Expert>> EDITED = List.of(field("code", Expert::code),
            field("name", Expert::name), field("organisation", Expert::organisation), field("role", Expert::role),
            field("groupLeader", Expert::groupLeader));

    private final StoreAccess store;

    public EditExpert(StoreAccess store) {
        this.store = store;
    }

    /**
     * Saves the correction of {@code startedFrom} (the expert as the form or the command read it);
     * refused, nothing saved, when someone changed what it corrects since ({@link ChangedMeanwhile}).
     */
    public void edit(Actor actor, Expert startedFrom, NewExpert changed, String reason) {
        long expertId = startedFrom.id();
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.editExpert");
            Expert now = ReviewRules.expert(s, expertId);
            ClosedSessions.refuseChange(s, now.sessionId());
            new ChangedMeanwhile(s, AppText.of("changed.expert", now.code(), now.name()), "expert", expertId)
                    .compare(startedFrom, now, EDITED).refuseIfAny();
            String given = SetupChanges.reason(s, now.sessionId(), reason);
            boolean hasSheets = s.sheets().forSession(now.sessionId()).stream().anyMatch(x -> x.expertId() == expertId);
            if (!now.code().equals(changed.code()) && (hasSheets || s.kits().issuedTo(expertId) > 0)) {
                throw refuse("setup.codeFixed", now.code());
            }
            for (Expert other : s.experts().list(now.sessionId())) {
                if (other.id() == expertId) {
                    continue;
                }
                Codes.refuseTaken("rule.expertCodeTaken", changed.code(), other.code(), other.name());
                SameOneTwice.refuseExpert(changed.code(), changed.name(), changed.organisation(), other);
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
