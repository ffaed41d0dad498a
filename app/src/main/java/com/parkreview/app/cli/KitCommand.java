package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code kit}: expert kits for offline scoring. */
@Command(name = "kit", mixinStandardHelpOptions = true,
        description = {"Expert kits for scoring offline: the secretary exports one per expert, the expert opens it."},
        subcommands = {KitExportCommand.class, KitOpenCommand.class})
final class KitCommand extends CommandGroup {
}
