package com.parkreview.app.server;

import com.parkreview.app.persistence.ServerRoles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;

/** {@code server panel}: a new panel (评审组) on the server, with the role its secretaries are granted. */
public final class AddPanel {

    private final Actor actor;

    public AddPanel(Actor actor) {
        this.actor = actor;
    }

    public Panel run(OpenStore server, String code, String name) {
        return ServerRoles.addPanel(server, actor, code, name);
    }
}
