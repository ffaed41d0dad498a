package com.parkreview.app.server;

import com.parkreview.app.persistence.ServerRoles;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;
import java.util.List;

/** {@code server panels}: the server's panels and who are their secretaries. */
public final class ListPanels {

    /** A panel and the login roles that are its secretaries. */
    public record Listed(Panel panel, List<String> members) {
    }

    public List<Listed> run(OpenStore server) {
        return ServerRoles.panels(server).stream().map(p -> new Listed(p.panel(), p.members())).toList();
    }
}
