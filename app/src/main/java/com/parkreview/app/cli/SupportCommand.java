package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code support}: the years operators were supported under the programme (rule 8), across sessions. */
@Command(name = "support", mixinStandardHelpOptions = true,
        description = {"The years operators were supported (rule 8: three years at most): record one from earlier records, list them."},
        subcommands = {SupportRecordCommand.class, SupportListCommand.class})
final class SupportCommand extends CommandGroup {
}
