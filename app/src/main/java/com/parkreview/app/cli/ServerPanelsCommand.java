package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.ListPanels;
import picocli.CommandLine.Command;

/** {@code server panels}: the server's panels, their roles and secretaries. */
@Command(name = "panels", mixinStandardHelpOptions = true,
        description = {"List the server's panels, the role of each and the login roles that are its secretaries."})
final class ServerPanelsCommand extends DatabaseCommand {

    @Override
    int run(OpenStore db) {
        out().println(AppText.of("cli.panelsHeader").text());
        for (ListPanels.Listed p : new ListPanels().run(db)) {
            out().printf("%s\t%s\t%s\t%s%n", p.panel().code(), p.panel().name(), p.panel().role(),
                    DatabaseCommand.codes(p.members()));
        }
        return ExitCodes.OK;
    }
}
