package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code flags accept}: a deviation flag accepted with a written reason, as the panel view's Accept does. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Accept a deviation flag with a written reason (the panel keeps the sheets as they are)."})
final class FlagsAcceptCommand extends DatabaseCommand {

    @Mixin
    private FlagChoice choice;

    @Override
    int run(OpenStore db) {
        FlagRecord flag = choice.open(db);
        new MergeService(db).accept(Actor.secretary(choice.secretary), flag.id(), choice.reason);
        out().println(AppText.of("cli.flagAccepted", flag.flagCode(), choice.applicant.strip()).text());
        return ExitCodes.OK;
    }
}
