package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code experts}: a session's panel: import, list, correct, remove. */
@Command(name = "experts", mixinStandardHelpOptions = true,
        description = {"A session's panel (专家组): import a table, list, correct, remove."},
        subcommands = {ExpertsImportCommand.class, ExpertsListCommand.class, ExpertsEditCommand.class,
                ExpertsRemoveCommand.class})
final class ExpertsCommand extends CommandGroup {
}
