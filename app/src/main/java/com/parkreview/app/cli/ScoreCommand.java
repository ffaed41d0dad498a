package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code score}: signed score files, exported on an expert's laptop and imported by the secretary. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Signed score files (.prscore): the expert exports one, the secretary verifies and imports it."},
        subcommands = {ScoreExportCommand.class, ScoreVerifyCommand.class, ScoreImportCommand.class, ScoreEnterCommand.class,
                ScoreResolveCommand.class, ScoreRecuseCommand.class})
final class ScoreCommand extends CommandGroup {
}
