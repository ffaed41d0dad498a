package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code kit}: expert kits for offline scoring. */
@Command(name = "kit", mixinStandardHelpOptions = true,
        description = {"Expert kits for scoring offline: the secretary exports one per expert, the expert opens it.",
                "专家评审包（离线评分）：秘书为每位专家导出一份，专家在自己的电脑上打开。"},
        subcommands = {KitExportCommand.class, KitOpenCommand.class})
final class KitCommand extends CommandGroup {
}
