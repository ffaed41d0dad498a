package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.Restore;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.Actor;
import com.parkreview.scoring.LocalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--reopen-closed", description = "Restore even though it opens closed sessions again (their closing and the years of support it recorded are taken back).")
    boolean reopenClosed;

    @Option(names = "--other-database", description = "Restore even though the backup is of another database.")
    boolean otherDatabase;

    /**
     * What the restore would take back from the file there now; none when there is no file or it
     * cannot be opened (a damaged file is what a restore is for). A backup that cannot be read is
     * refused here already, as the restore would refuse it.
     */
    private Optional<Restore.Impact> impact(DatabaseFile file, Restore.Backup backup, OpenOptions options) {
        if (!file.exists()) {
            return Optional.empty();
        }
        Database current;
        try {
            current = Database.open(file, new OpenOptions(false, options.password(), options.clock(), options.fileSystem()));
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.WRONG_PASSWORD || e.kind() == StoreException.Kind.IN_USE) {
                // not damaged: kept from this check, it would be replaced unchecked (round 12, an encrypted file)
                throw new StoreException(e.kind(), AppText.of(e.kind() == StoreException.Kind.IN_USE
                        ? "restore.cannotCheckInUse" : "restore.cannotCheck", file, e.message(Locale.getDefault())), e);
            }
            return Restore.impactOnUnreadable(file, backup, options); // said, not asked: a damaged file is what restore is for
        }
        try (current) {
            return Optional.of(Restore.impact(current, backup, options));
        }
    }

    @Override
    public Integer call() {
        OpenOptions options = OpenOptions.creating();
        if (database.password != null && database.password.length > 0) {
            options = options.withPassword(database.password);
        }
        try {
            DatabaseFile file = database.file();
            Restore.Backup backup = Restore.Backup.read(from); // read once: what is checked is what is restored
            Optional<Restore.Impact> impact = impact(file, backup, options);
            List<String> consent = new ArrayList<>(); // each the user has not given yet, named together (round 12)
            impact.filter(i -> i.otherDatabase() && !otherDatabase).ifPresent(i -> consent.add("--other-database"));
            impact.filter(i -> !i.reopened().isEmpty() && !reopenClosed).ifPresent(i -> consent.add("--reopen-closed"));
            if (!consent.isEmpty()) {
                spec.commandLine().getErr().println(AppText.of("cli.restoreNeedsConsent", impact.get().words().orElseThrow(),
                        String.join(" ", consent)).in(Locale.getDefault()));
                return ExitCodes.REFUSED;
            }
            Optional<Path> kept = Restore.from(file, backup, options, Actor.commandLine());
            LocalizedText said = kept.map(replaced -> AppText.of("cli.restored", file, from, replaced))
                    .orElseGet(() -> AppText.of("cli.restoredNew", file, from));
            spec.commandLine().getOut().println(said.in(Locale.getDefault()));
            impact.flatMap(Restore.Impact::words).ifPresent(w -> spec.commandLine().getOut().println(w.in(Locale.getDefault())));
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }
}
