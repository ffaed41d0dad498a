package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;
import com.parkreview.app.server.MoveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code server move}: a session given to another panel. */
@Command(name = "move", mixinStandardHelpOptions = true,
        description = {"Give a session to another panel. Run by the database's owner, or by a secretary of both "
                + "panels; a closed session is not moved."})
final class ServerMoveCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session moved.")
    long session;

    @Option(names = "--panel", required = true, paramLabel = "CODE", description = "The panel it goes to.")
    String panel;

    @Override
    int run(OpenStore db) {
        Panel to = new MoveSession(Actor.commandLine()).run(db, session, panel);
        out().println(AppText.of("cli.sessionMoved", session, to.code(), to.name()).text());
        return ExitCodes.OK;
    }
}
