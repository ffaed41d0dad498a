package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code session}: a review session's life: create it, correct its details. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"Create a review session (评审批次) in a database, or correct its details.",
                "在数据库中新建评审批次，或修改其信息。"},
        subcommands = {SessionCreateCommand.class, SessionEditCommand.class})
final class SessionCommand extends CommandGroup {
}
