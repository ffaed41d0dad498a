package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.Database;
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
        out().println(backup);
        return ExitCodes.OK;
    }
}
