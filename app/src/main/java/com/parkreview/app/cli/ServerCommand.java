package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code server}: a programme office's server, set up once by its administrator (panels, roles). */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Set up a programme office's PostgreSQL server: roles and row-level security, panels, "
                + "and which login roles are each panel's secretaries. Run by the database's owner."},
        subcommands = {ServerInitCommand.class, ServerPanelCommand.class, ServerGrantCommand.class,
                ServerPanelsCommand.class, ServerMoveCommand.class})
final class ServerCommand extends CommandGroup {
}
