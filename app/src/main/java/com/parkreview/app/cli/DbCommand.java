package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code db}: a whole database at once (copy it between a file and a server). */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"Work on a whole database: copy it between a file and a programme office's server."},
        subcommands = {DbCopyCommand.class})
final class DbCommand extends CommandGroup {
}
