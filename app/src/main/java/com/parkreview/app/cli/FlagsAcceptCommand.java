package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.deviation.DeviationFlag;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code flags accept}: a deviation flag accepted with a written reason, as the panel view's Accept
 * does; with {@code --all}, every open flag of the applicant, each with the reason (the panel
 * discussed the applicant's flags together).
 */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Accept a deviation flag with a written reason (the panel keeps the sheets as they are)."})
final class FlagsAcceptCommand extends DatabaseCommand {

    @Mixin
    private FlagChoice choice;

    @Option(names = "--all", description = "Every open flag of the applicant, each with the reason given (instead of --flag).")
    private boolean all;

    @Override
    int run(OpenStore db) {
        if (all && choice.flag != null) {
            throw new ValidationException(AppText.of("cli.flagOrAll", choice.flag.strip()));
        }
        List<FlagRecord> flags = all ? choice.allOpen(db) : List.of(choice.open(db));
        List<FlagRecord> byName = all ? flags.stream().filter(f -> DeviationFlag.paysPastARule(f.flagCode())).toList()
                : List.of();
        MergeService merge = new MergeService(db);
        for (FlagRecord flag : flags) {
            if (byName.contains(flag)) {
                continue;
            }
            merge.accept(Actor.secretary(choice.secretary), flag.id(), choice.reason);
            out().println(AppText.of("cli.flagAccepted", flag.flagCode(), choice.applicant.strip()).text());
        }
        for (FlagRecord flag : byName) {
            err().println(AppText.of("cli.flagByName", flag.flagCode(), choice.applicant.strip()).text());
        }
        return byName.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
