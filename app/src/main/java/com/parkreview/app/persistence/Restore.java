package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.files.Leftovers;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.BackupLimits;
import com.parkreview.app.persistence.dump.BackupReader;
import com.parkreview.app.persistence.dump.BackupRefusedException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.StoreAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Replaces a database with the content of a backup, never running anything the file holds. The
 * backup is read and checked whole ({@link BackupReader}); a fresh database is built beside the
 * target in a temporary file ({@link RestoredDatabase}: the migrations up to the backup's
 * version, the rows inserted as parameters, the newer migrations, {@code verify} and the
 * domain's own checks, then an entry recording the restore); only then is the old file copied
 * aside ({@code <name>.before-restore-<time>.mv.db}) and the new one moved over it in one step.
 * A refusal or a kill at any moment leaves the old database or the new one, whole.
 */
public final class Restore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Restore() {
    }

    /** @return where the replaced file was kept, if there was one */
    public static Optional<Path> from(DatabaseFile target, Path backup, OpenOptions options, Actor actor) {
        byte[] bytes = read(backup, BackupLimits.DEFAULT);
        return into(Rebuild.RESTORE, target, backup.getFileName().toString(), bytes, options, actor, true);
    }

    /** What restoring the backup over the database open as {@code current} would take back; the backup is checked whole. */
    public static RestoreImpact impact(StoreAccess current, Path backup, OpenOptions options) {
        String name = backup.getFileName().toString();
        return RestoreImpact.of(current, content(Rebuild.RESTORE, name, read(backup, BackupLimits.DEFAULT), options));
    }

    /**
     * Builds a database from a backup's bytes and puts it at {@code target}: over the file there
     * when {@code replace}, else only where there is none.
     */
    static Optional<Path> into(Rebuild purpose, DatabaseFile target, String name, byte[] bytes, OpenOptions options,
            Actor actor, boolean replace) {
        BackupContent content = content(purpose, name, bytes, options);
        if (target.exists() && !replace) {
            throw new StoreException(StoreException.Kind.REFUSED, AppText.of("restore.targetExists", target), null);
        }
        createFolder(target);
        Leftovers.clean(target.folder());
        DatabaseFile built = new DatabaseFile(Leftovers.temporaryBase(target.base()));
        Optional<HeldTarget> held = target.exists() ? Optional.of(HeldTarget.hold(target)) : Optional.empty();
        try {
            HeadMarker.Head head = RestoredDatabase.build(purpose, built, content, options, actor, name, bytes);
            Optional<Path> kept = Optional.empty();
            if (target.exists()) {
                kept = Optional.of(keptName(target, options));
                AtomicFile.copy(target.file(), kept.get());
            }
            held.ifPresent(HeldTarget::close); // just before the swap: Windows moves no file over one held open
            BuiltDatabase.putInPlace(built, target, Optional.of(head), replace);
            return kept;
        } catch (IOException e) {
            throw purpose.writeFailed(target, e);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.WRITE_FAILED) { // building the new file beside the target
                throw purpose.writeFailed(target, e);
            }
            throw e;
        } finally {
            held.ifPresent(HeldTarget::close);
            BuiltDatabase.discard(built);
        }
    }

    static BackupContent content(Rebuild purpose, String name, byte[] bytes, OpenOptions options) {
        try {
            BackupReader.Result result = BackupReader.read(bytes, options.password(), BackupLimits.DEFAULT);
            if (result instanceof BackupReader.Current current) {
                return current.content();
            }
            return LegacyBackups.content(((BackupReader.Legacy) result).script());
        } catch (BackupRefusedException e) {
            throw purpose.refused(name, e);
        }
    }

    private static byte[] read(Path backup, BackupLimits limits) {
        try (InputStream in = InputFiles.open(backup)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileBytes() + 1));
            if (bytes.length > limits.fileBytes()) {
                throw Rebuild.RESTORE.refused(backup.getFileName().toString(), new BackupRefusedException(
                        AppText.of("backup.tooLarge", limits.fileBytes() >> 20)));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("restore.noBackup", backup), e);
        } catch (InputFiles.NotAnOrdinaryFile e) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("restore.notAFile", backup), e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("restore.unreadable", backup), e);
        }
    }

    private static Path keptName(DatabaseFile target, OpenOptions options) {
        String stamp = STAMP.format(options.clock().instant());
        Path kept = target.folder().resolve(target.base().getFileName() + ".before-restore-" + stamp + DatabaseFile.H2_SUFFIX);
        for (int n = 2; Files.exists(kept); n++) {
            kept = target.folder().resolve(target.base().getFileName() + ".before-restore-" + stamp + "-" + n
                    + DatabaseFile.H2_SUFFIX);
        }
        return kept;
    }

    private static void createFolder(DatabaseFile target) {
        try {
            Files.createDirectories(target.folder());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.cannotCreate", target.folder()), e);
        }
    }
}
