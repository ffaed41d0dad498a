package com.parkreview.app.cli;

import picocli.CommandLine.Command;

/** {@code applicants}: a session's applicants: import, list, correct, remove, pre-review. */
@Command(name = "applicants", mixinStandardHelpOptions = true,
        description = {"A session's applicants (申报单位): import a table, list, correct, remove, record the pre-review."},
        subcommands = {ApplicantsImportCommand.class, ApplicantsListCommand.class, ApplicantsEditCommand.class,
                ApplicantsRemoveCommand.class, ApplicantsPreReviewCommand.class, ApplicantsOpinionCommand.class})
final class ApplicantsCommand extends CommandGroup {
}
