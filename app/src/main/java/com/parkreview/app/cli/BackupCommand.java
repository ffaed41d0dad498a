package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.Backups;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.OpenStore;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code backup}: a backup of the database now, next to its file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a backup of the database next to its file (the newest 10 are kept)."})
final class BackupCommand extends DatabaseCommand {

    @Override
    int run(OpenStore db) {
        if (!(db instanceof Database file)) {
            throw new ValidationException(AppText.of("cli.backupOfServer", db.where()));
        }
        Path backup = file.backup();
        long entries = file.read(s -> s.history().head()).map(HistoryHead::seq).orElse(0L);
        out().println(AppText.of("cli.backupWritten", backup, entries, Backups.KEEP, file.where()).text());
        return ExitCodes.OK;
    }
}
