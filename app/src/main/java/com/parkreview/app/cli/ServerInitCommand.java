package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.InitServer;
import picocli.CommandLine.Command;

/** {@code server init}: roles, grants and row-level security on a programme office's database. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Prepare a server's database for several panels: ParkReview's tables, a reader and a "
                + "secretary role, and row-level security so that each panel's secretaries change only their "
                + "panel's sessions. Run once by the database's owner, and again after each upgrade."})
final class ServerInitCommand extends DatabaseCommand {

    @Override
    int run(OpenStore db) {
        InitServer.Prepared prepared = new InitServer(Actor.commandLine()).run(db);
        out().println(AppText.of("cli.serverInit", prepared.database(), prepared.readerRole(),
                prepared.secretaryRole(), prepared.guardedTables()).text());
        return ExitCodes.OK;
    }
}
