package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.scoring.ValidationException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code flags rereview}: a re-review (复评) ordered on a flag, of the expert it names or of the whole
 * panel, as the panel view does: the signed sheets are superseded (kept) and new drafts open; until
 * they are signed and count, the applicant has no panel score.
 */
@Command(name = "rereview", mixinStandardHelpOptions = true,
        description = {"Order a re-review (复评) on a deviation flag: of the expert it names, or with --whole-panel of every expert."})
final class FlagsReReviewCommand extends DatabaseCommand {

    @Mixin
    private FlagChoice choice;

    @Option(names = "--whole-panel", description = "Every expert of the panel scores the applicant again.")
    private boolean wholePanel;

    @Override
    int run(OpenStore db) {
        FlagRecord flag = choice.open(db);
        MergeService.requireReReviewable(flag.flagCode()); // said before asking which expert (round 11)
        Optional<Long> expert = Optional.empty();
        if (!wholePanel) {
            String code = flag.expertCode().orElseThrow(() ->
                    new ValidationException(AppText.of("cli.flagNamesNoExpert", flag.flagCode())));
            expert = Optional.of(SessionLookup.expert(db, choice.session, code).id());
        }
        new MergeService(db).orderReReview(Actor.secretary(choice.secretary), flag.id(), expert, choice.reason);
        out().println(AppText.of("cli.reReviewOrdered", choice.applicant.strip(),
                wholePanel ? "*" : flag.expertCode().orElse("")).text());
        return ExitCodes.OK;
    }
}
