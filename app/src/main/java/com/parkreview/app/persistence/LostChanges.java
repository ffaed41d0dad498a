package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The refusal of a file that no longer holds the change its head marker names, with the newest
 * backup offered — and said plainly when that backup is no newer than what the file still holds:
 * round 28 was told to "restore from" a backup of change 1,414 for a file whose marker named 1,417,
 * which would bring none of the three back.
 */
final class LostChanges {

    private static final Logger LOG = Logger.getLogger(LostChanges.class.getName());

    private LostChanges() {
    }

    static StoreException refusal(DatabaseFile file, long markedSeq, OpenOptions options) {
        Optional<Path> backup = new Backups(file).newest();
        if (backup.isEmpty()) {
            return new StoreException(StoreException.Kind.CORRUPT, AppText.of("store.lostChanges", file, markedSeq), null,
                    backup);
        }
        Optional<Long> held = headOf(backup.get(), options);
        if (held.isPresent() && held.get() < markedSeq) {
            return new StoreException(StoreException.Kind.CORRUPT, AppText.of("store.lostChangesBackupOlder", file,
                    markedSeq, backup.get().getFileName(), held.get()), null, backup);
        }
        return new StoreException(StoreException.Kind.CORRUPT, AppText.of("store.lostChangesWithBackup", file, markedSeq,
                backup.get().getFileName()), null, backup);
    }

    /** The newest change a backup holds, from its manifest; empty when it cannot be read. */
    private static Optional<Long> headOf(Path backup, OpenOptions options) {
        try {
            return Restore.content(Rebuild.RESTORE, backup.getFileName().toString(), Files.readAllBytes(backup), options)
                    .manifest().historyHead().map(BackupManifest.Head::seq);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "the head of " + backup + " could not be read", e);
            return Optional.empty();
        }
    }
}
