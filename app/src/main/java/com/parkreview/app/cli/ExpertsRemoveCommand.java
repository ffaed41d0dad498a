package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.RemoveExpert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code experts remove}: an expert added by mistake, while nothing refers to the expert yet. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove an expert added by mistake; refused once sheets, recusals or a kit refer to the expert."})
final class ExpertsRemoveCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--expert", required = true, paramLabel = "CODE", description = "The expert's code (E1).")
    private String expert;

    @Override
    int run(OpenStore db) {
        Expert gone = SessionLookup.expert(db, session, expert);
        new RemoveExpert(db).remove(Actor.commandLine(), gone.id());
        out().println(AppText.of("cli.expertRemoved", gone.code(), gone.name()).text());
        return ExitCodes.OK;
    }
}
