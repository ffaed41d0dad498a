package com.parkreview.app.server;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;
import com.parkreview.app.review.PanelChoice;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.ReviewSession;

/**
 * {@code server move}: a session given to another panel (a panel fell ill, two panels swap a day).
 * Its secretaries must be allowed to change it where it is and where it goes — the tables' owner
 * always is; a secretary only between panels they sit on. A closed session stays where it closed.
 */
public final class MoveSession {

    private final Actor actor;

    public MoveSession(Actor actor) {
        this.actor = actor;
    }

    /** Returns the panel the session now belongs to. */
    public Panel run(OpenStore server, long sessionId, String panelCode) {
        return server.write(actor, s -> {
            ReviewSession session = ReviewRules.session(s, sessionId);
            ClosedSessions.refuseChange(s, sessionId);
            Panel to = PanelChoice.writable(s, panelCode);
            if (s.panels().ofSession(session.id()).filter(to::equals).isEmpty()) {
                s.panels().assign(session.id(), to.code());
            }
            return to;
        });
    }
}
