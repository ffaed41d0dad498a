package com.parkreview.app.server;

import com.parkreview.app.persistence.ServerRoles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import java.util.Optional;

/**
 * {@code server grant}: a login role made a secretary of a panel (who may then change that panel's
 * sessions and read every other), or, with no panel, a reader of all (a coordinator).
 */
public final class GrantPanel {

    private final Actor actor;

    public GrantPanel(Actor actor) {
        this.actor = actor;
    }

    /** Returns the server role granted. */
    public String run(OpenStore server, String user, Optional<String> panelCode) {
        return ServerRoles.grant(server, actor, user, panelCode);
    }
}
