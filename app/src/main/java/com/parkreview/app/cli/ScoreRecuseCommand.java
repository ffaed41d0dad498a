package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.LateRecusal;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ScoringService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score recuse}: the secretary records an expert's conflict of interest (回避) — as declared
 * on paper before signing, or, with {@code --after-signing}, found out once the sheet was signed
 * (the sheet is kept but no longer counts). Says when merged results are out of date because of it.
 */
@Command(name = "recuse", mixinStandardHelpOptions = true,
        description = {"Record an expert's conflict of interest with an applicant; --after-signing when the expert has signed."})
final class ScoreRecuseCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--expert", required = true, paramLabel = "E", description = "The expert with the conflict (E3).")
    private String expert;

    @Option(names = "--applicant", required = true, paramLabel = "A", description = "The applicant concerned (A03).")
    private String applicant;

    @Option(names = "--secretary", required = true, paramLabel = "NAME", description = "Who records it (kept in the history).")
    private String secretary;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "The conflict, as declared or found.")
    private String reason;

    @Option(names = "--after-signing", description = "The expert has signed a sheet for the applicant: set it aside.")
    private boolean afterSigning;

    @Override
    int run(OpenStore db) {
        Expert who = SessionLookup.expert(db, session, expert);
        Applicant concerned = SessionLookup.applicant(db, session, applicant);
        Actor actor = Actor.secretary(secretary);
        if (afterSigning) {
            long sheet = new LateRecusal(db).record(actor, who.id(), concerned.id(), reason);
            out().println(AppText.of("cli.recusedAfterSigning", who.code(), concerned.code(), String.valueOf(sheet)).text());
        } else {
            new ScoringService(db).declareRecusal(actor, who.id(), concerned.id(), reason);
            out().println(AppText.of("cli.recused", who.code(), concerned.code()).text());
        }
        ResultsStanding.Standing standing = new ResultsStanding(db).of(session);
        if (standing.outOfDate()) {
            out().println(standing.words().text());
        }
        return ExitCodes.OK;
    }
}
