package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.score.ScoreFileImport;
import com.parkreview.app.exchange.score.ScoreFilesImport;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ImportOutcome;
import com.parkreview.app.review.OpenStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score import}: the secretary imports experts' score files, each in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import experts' score files into the secretary's database. Each file is verified and "
                + "imported whole or not at all; a file refused leaves the database as it was. The files are "
                + "imported in the order they were exported, whatever the order they are named in.",
                "Exit status 0: every file imported; 2: a file refused (the others are imported), with the reason."})
final class ScoreImportCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "SCORE", description = "The score files (.prscore).")
    private List<Path> files;

    @Option(names = "--re-review", description = {"The files answer a re-review that was ordered: a sheet for an "
            + "applicant without one is refused. (Without it, a file answering an ordered re-review is recognised too.)"})
    private boolean reReview;

    @Option(names = "--session", paramLabel = "ID",
            description = "Refuse files whose kit belongs to another session than this one.")
    private Long session;

    @Override
    int run(OpenStore db) {
        ScoreFilesImport importer = new ScoreFilesImport(new ScoreFileImport(db, Actor.commandLine()));
        Set<Path> said = new HashSet<>();
        int[] status = {ExitCodes.OK};
        try {
            importer.importFiles(files, reReview, Optional.ofNullable(session), result -> {
                said.add(result.file());
                if (!say(result)) {
                    status[0] = ExitCodes.REFUSED;
                }
            });
        } catch (RuntimeException e) { // the store failed part-way: what went in is said above, what did not here
            List<String> notImported = files.stream().filter(f -> !said.contains(f))
                    .map(f -> f.getFileName().toString()).toList();
            err().println(AppText.of("cli.importStopped", String.join(" ", notImported)).text());
            throw e;
        }
        return status[0];
    }

    /** One file's result, as it comes; whether it was imported. */
    private boolean say(ScoreFilesImport.FileResult result) {
        if (result.outcome().isEmpty()) {
            err().println(AppText.of("cli.importRefused", result.refusal().orElseThrow()
                    .message(Locale.getDefault())).text());
            return false;
        }
        ImportOutcome outcome = result.outcome().get();
        out().println(AppText.of("cli.imported", result.file().getFileName(), outcome.expertCode(),
                outcome.expertName(), outcome.key().fingerprint(),
                AppText.of(outcome.keyPinnedNow() ? "cli.keyPinned" : "cli.keyKnown"),
                codes(outcome.imported()), codes(outcome.unchanged()), codes(outcome.reReviewsAnswered()),
                codes(outcome.recusals()), codes(outcome.recusalsUnchanged())).text());
        outcome.keyReplaced().ifPresent(old -> out().println(AppText.of("cli.keyReplaced", result.file().getFileName(),
                outcome.expertCode(), old.fingerprint(), outcome.key().fingerprint()).text()));
        if (!outcome.draftsReplaced().isEmpty()) {
            out().println(AppText.of("cli.draftsReplaced", result.file().getFileName(),
                    codes(outcome.draftsReplaced())).text());
        }
        out().flush();
        return true;
    }
}
