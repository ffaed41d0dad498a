package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.scoring.money.Money;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code applicants list}: a session's applicants, one per line, tab-separated. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List a session's applicants with their pre-review."})
final class ApplicantsListCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Override
    int run(OpenStore db) {
        List<Applicant> applicants = db.read(s -> {
            ReviewRules.session(s, session);
            return s.applicants().list(session);
        });
        out().println(AppText.of("cli.applicantsHeader").text());
        for (Applicant a : applicants) {
            out().printf("%s\t%d\t%s\t%s\t%s\t%s\t%s%n", a.code(), a.defenseOrder(), a.uscc().value(),
                    a.appliedFor().map(Money::toWanString).orElse(""), a.receivedThisYear().toWanString(),
                    AppText.of("cli.preReview." + a.preReview().result().name()).text(), a.name());
        }
        return ExitCodes.OK;
    }
}
