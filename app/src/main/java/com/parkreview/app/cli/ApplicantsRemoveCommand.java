package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.RemoveApplicant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code applicants remove}: an applicant added by mistake, while nothing refers to it yet. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove an applicant added by mistake; refused once sheets, recusals or kits refer to it."})
final class ApplicantsRemoveCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--applicant", required = true, paramLabel = "CODE", description = "The applicant's code (A01).")
    private String applicant;

    @Override
    int run(OpenStore db) {
        Applicant gone = SessionLookup.applicant(db, session, applicant);
        new RemoveApplicant(db).remove(Actor.commandLine(), gone.id());
        out().println(AppText.of("cli.applicantRemoved", gone.code(), gone.name()).text());
        return ExitCodes.OK;
    }
}
