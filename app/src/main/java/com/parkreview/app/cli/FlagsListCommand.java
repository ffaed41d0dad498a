package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.scoring.session.SessionResult;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flags list}: every open deviation flag of a session's current sheets, one a line (the
 * applicant, the flag's code, what it says). The merge's flags not recorded yet are recorded first,
 * as the console does when it shows them.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the open deviation flags of a session: applicant, flag code, what it says."})
final class FlagsListCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Override
    int run(OpenStore db) {
        MergeService merge = new MergeService(db);
        SessionResult result = db.writable()
                ? merge.merged(Actor.commandLine(), session).result() // the flags found, recorded so that each can be resolved
                : merge.results(session);
        List<Applicant> applicants = db.read(s -> { // those before the panel: one taken out has no flag to handle (round 11)
            ReviewRules.session(s, session);
            return s.applicants().list(session).stream().filter(a -> a.preReview().passed()).toList();
        });
        int open = 0;
        for (Applicant applicant : applicants) {
            for (FlagRecord flag : merge.openFlags(applicant.id())) {
                out().println(applicant.code() + "\t" + flag.flagCode() + "\t" + explanation(result, applicant, flag));
                open++;
            }
        }
        if (open == 0) {
            out().println(AppText.of("cli.noOpenFlags", session).text());
        }
        return ExitCodes.OK;
    }

    /**
     * What the flag says, in the user's language: the merge's own words for it; the record keeps
     * them in Chinese only (a tester's round 8 read Chinese under --lang en).
     */
    private static String explanation(SessionResult result, Applicant applicant, FlagRecord flag) {
        return result.row(applicant.code()).stream().flatMap(row -> row.result().flags().stream())
                .filter(f -> f.code().equals(flag.flagCode())).findFirst()
                .map(f -> f.explanation().in(Locale.getDefault())).orElse(flag.explanation());
    }
}
