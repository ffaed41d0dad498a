package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ReviewRules;
import java.util.List;
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
        if (db.writable()) {
            merge.merged(Actor.commandLine(), session); // the flags found, recorded so that each can be resolved
        }
        List<Applicant> applicants = db.read(s -> {
            ReviewRules.session(s, session);
            return s.applicants().list(session);
        });
        int open = 0;
        for (Applicant applicant : applicants) {
            for (FlagRecord flag : merge.openFlags(applicant.id())) {
                out().println(applicant.code() + "\t" + flag.flagCode() + "\t" + flag.explanation());
                open++;
            }
        }
        if (open == 0) {
            out().println(AppText.of("cli.noOpenFlags", session).text());
        }
        return ExitCodes.OK;
    }
}
