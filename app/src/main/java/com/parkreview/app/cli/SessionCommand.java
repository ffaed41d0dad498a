package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code session}: a review session's life: create it, correct its details, close it. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"Create a review session (评审批次) in a database, correct its details, or close it."},
        subcommands = {SessionCreateCommand.class, SessionEditCommand.class, SessionCloseCommand.class})
final class SessionCommand extends CommandGroup {
}
