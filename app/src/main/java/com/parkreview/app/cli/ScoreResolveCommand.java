package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.PaperComparison;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.scoring.ValidationException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code score resolve}: the secretary settles one indicator where a paper sheet's two entries differ. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Settle a difference between a paper sheet's two entries, after reading the paper: --keep first or second."})
final class ScoreResolveCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--expert", required = true, paramLabel = "E", description = "The expert whose sheet it is (E5).")
    private String expert;

    @Option(names = "--applicant", required = true, paramLabel = "A", description = "The applicant scored (A02).")
    private String applicant;

    @Option(names = "--indicator", required = true, paramLabel = "CODE", description = "The indicator that differs (3.1).")
    private String indicator;

    @Option(names = "--keep", required = true, paramLabel = "first|second", description = "The entry that read the paper right.")
    private String keep;

    @Option(names = "--secretary", required = true, paramLabel = "NAME", description = "Who settles it (kept in the history).")
    private String secretary;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "What the paper sheet shows; kept in the history.")
    private String reason;

    @Override
    int run(OpenStore db) {
        Expert who = SessionLookup.expert(db, session, expert);
        Applicant scored = SessionLookup.applicant(db, session, applicant);
        ScoreSheet sheet = db.read(s -> s.sheets().current(who.id(), scored.id())).orElseThrow(() ->
                new ValidationException(AppText.of("paper.noFirst", who.code(), scored.code())));
        PaperComparison after = new PaperResolution(db).resolve(Actor.secretary(secretary), sheet.id(), indicator,
                keep(), reason);
        out().println(AppText.of("cli.sheetSays", who.code() + " / " + scored.code(), after.text()).text());
        return after.matches() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private PaperResolution.Keep keep() {
        return switch (keep.strip().toLowerCase(Locale.ROOT)) {
            case "first" -> PaperResolution.Keep.FIRST;
            case "second" -> PaperResolution.Keep.SECOND;
            default -> throw new ValidationException(AppText.of("cli.keep", keep));
        };
    }
}
