package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.GrantPanel;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code server grant}: a login role made a panel's secretary, or a reader of every panel. */
@Command(name = "grant", mixinStandardHelpOptions = true,
        description = {"Make a login role (made by the administrator with CREATE ROLE … LOGIN) a secretary of a "
                + "panel, or a reader of every panel's sessions (a coordinator)."})
final class ServerGrantCommand extends DatabaseCommand {

    @Option(names = "--user", required = true, paramLabel = "ROLE", description = "The login role on the server.")
    String user;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    /** Exactly one of: a panel's secretary, or a reader of all. */
    static final class Scope {
        @Option(names = "--panel", paramLabel = "CODE", description = "The panel whose sessions the role may change.")
        String panel;

        @Option(names = "--reader", description = "Read every panel's sessions, change none (a coordinator).")
        boolean reader;
    }

    @Override
    int run(OpenStore db) {
        String role = new GrantPanel(Actor.commandLine()).run(db, user, Optional.ofNullable(scope.panel));
        out().println(AppText.of(scope.panel == null ? "cli.grantedReader" : "cli.grantedPanel", user, role,
                scope.panel == null ? "" : scope.panel).text());
        return ExitCodes.OK;
    }
}
