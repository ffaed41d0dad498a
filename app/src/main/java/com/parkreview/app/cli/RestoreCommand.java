package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.Restore;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.Actor;
import com.parkreview.scoring.LocalizedText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restore}: replaces the database with a backup; the replaced file is kept beside it. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore the database from a backup. The current file is kept, renamed, beside it."})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "A backup (.zip) written by ParkReview.")
    Path from;

    @Override
    public Integer call() {
        OpenOptions options = OpenOptions.creating();
        if (database.password != null && database.password.length > 0) {
            options = options.withPassword(database.password);
        }
        try {
            DatabaseFile file = database.file();
            Optional<Path> kept = Restore.from(file, from, options, Actor.commandLine());
            LocalizedText said = kept.map(replaced -> AppText.of("cli.restored", file, from, replaced))
                    .orElseGet(() -> AppText.of("cli.restoredNew", file, from));
            spec.commandLine().getOut().println(said.in(Locale.getDefault()));
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }
}
