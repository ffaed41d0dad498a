package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;
import com.parkreview.app.server.AddPanel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code server panel}: a new panel and its role. */
@Command(name = "panel", mixinStandardHelpOptions = true,
        description = {"Add a panel (评审组) to the server, with the role its secretaries are granted "
                + "(server grant). Run by the database's owner after server init."})
final class ServerPanelCommand extends DatabaseCommand {

    @Option(names = "--code", required = true, paramLabel = "CODE",
            description = "The panel's short code: letters, digits, - and _, at most 16 (P1).")
    String code;

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The panel's name (第一评审组).")
    String name;

    @Override
    int run(OpenStore db) {
        Panel panel = new AddPanel(Actor.commandLine()).run(db, code, name);
        out().println(AppText.of("cli.panelAdded", panel.code(), panel.name(), panel.role()).text());
        return ExitCodes.OK;
    }
}
