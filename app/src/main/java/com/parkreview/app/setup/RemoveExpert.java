package com.parkreview.app.setup;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.StoreAccess;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: remove a panel member added by mistake — set-up's Remove and {@code experts remove}.
 * Refused once anything refers to the expert (score sheets, recusals, printed sheets, a kit
 * issued or a key pinned), each named.
 */
public final class RemoveExpert {

    private final StoreAccess store;

    public RemoveExpert(StoreAccess store) {
        this.store = store;
    }

    public void remove(Actor actor, long expertId) {
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.removeExpert");
            Expert gone = ReviewRules.expert(s, expertId);
            long session = gone.sessionId();
            ClosedSessions.refuseChange(s, session);
            new SetupChanges()
                    .use((int) s.sheets().forSession(session).stream().filter(x -> x.expertId() == expertId).count(),
                            "setup.inUse.sheets")
                    .use((int) s.experts().recusals(session).stream().filter(r -> r.expertId() == expertId).count(),
                            "setup.inUse.recusals")
                    .use((int) s.printedSheets().forSession(session).stream()
                            .filter(p -> p.expertId().equals(Optional.of(expertId))).count(), "setup.inUse.printed")
                    .use(s.kits().issuedTo(expertId) + (s.kits().pinnedKey(expertId).isPresent() ? 1 : 0),
                            "setup.inUse.kits")
                    .refuseRemovalIfUsed("setup.expertInUse", gone.code(), gone.name());
            for (UUID kit : s.kits().unwrittenTo(expertId)) {
                s.kits().withdraw(kit, "withdrawn with the expert: its export ended before its file was written");
            }
            s.experts().remove(expertId);
            return null;
        });
    }
}
