package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code flags}: the deviation flags a merge found (明显偏差), listed and resolved as the panel view does. */
@Command(name = "flags", mixinStandardHelpOptions = true,
        description = {"Deviation flags (明显偏差) found by the merge: list them, accept one with a reason, or order a re-review."},
        subcommands = {FlagsListCommand.class, FlagsAcceptCommand.class, FlagsReReviewCommand.class})
final class FlagsCommand extends CommandGroup {
}
