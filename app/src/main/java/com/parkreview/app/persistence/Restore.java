package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.files.Leftovers;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.BackupLimits;
import com.parkreview.app.persistence.dump.BackupManifest;
import com.parkreview.app.persistence.dump.BackupReader;
import com.parkreview.app.persistence.dump.BackupRefusedException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /**
     * A backup's file read once: what the user is asked about and what is restored are the same
     * bytes, whatever is put under the file's name in between (a backup read twice could be swapped
     * after the question, restoring another database's without the consent it needs).
     */
    public record Backup(String name, byte[] bytes) {

        /** Reads the file whole, within the backup's size limit. */
        public static Backup read(Path backup) {
            return new Backup(backup.getFileName().toString(), Restore.read(backup, BackupLimits.DEFAULT));
        }
    }

    /** @return where the replaced file was kept, if there was one */
    public static Optional<Path> from(DatabaseFile target, Path backup, OpenOptions options, Actor actor) {
        return from(target, Backup.read(backup), options, actor);
    }

    /** @return where the replaced file was kept, if there was one */
    public static Optional<Path> from(DatabaseFile target, Backup backup, OpenOptions options, Actor actor) {
        return into(Rebuild.RESTORE, target, backup.name(), backup.bytes(), options, actor, true);
    }

    /** What restoring the backup over the database open as {@code current} would take back; the backup is checked whole. */
    public static Impact impact(StoreAccess current, Backup backup, OpenOptions options) {
        return Impact.of(current, content(Rebuild.RESTORE, backup.name(), backup.bytes(), options));
    }

    /**
     * What restoring over a file that does not open takes back, as far as its head marker tells: the
     * history entries it reached past the backup's (a tester's round 12 restored over a damaged file
     * whose closing was undone without a word). Empty when the marker says nothing more.
     */
    public static Optional<Impact> impactOnUnreadable(DatabaseFile target, Backup backup, OpenOptions options) {
        BackupContent content = content(Rebuild.RESTORE, backup.name(), backup.bytes(), options);
        long backupSeq = content.manifest().historyHead().map(BackupManifest.Head::seq).orElse(0L);
        HeadMarker marker = new HeadMarker(target);
        try {
            return marker.read().map(HeadMarker.Head::seq).filter(seq -> seq > backupSeq)
                    .map(seq -> new Impact(false, List.of(), seq - backupSeq, true));
        } finally {
            marker.close();
        }
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
        HeadMarker.refuseIfSomethingElseInItsPlace(target);
        createFolder(target);
        try (OpenGuard guard = OpenGuard.take(target)) { // no other ParkReview opens it while it is rebuilt
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
                MarkerDoubt.clear(target); // the doubt was the replaced file's; the restored one is checked
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

    /**
     * What putting a backup over a database takes back, said before it is done (a tester's round 11
     * restored a backup made before a session was closed: the session opened again, editable, and the
     * years of support its closing had recorded were gone, without a word; another restored a backup
     * of another panel's database over the file). A backup of another database (its history starts
     * elsewhere), and closed sessions it would open again, need the user's consent; the history
     * entries made since the backup are counted.
     */
    public record Impact(boolean otherDatabase, List<String> reopened, long entriesTakenBack, boolean unread) {

        /** What restoring this content over the database as it stands takes back. */
        static Impact of(StoreAccess current, BackupContent backup) {
            return current.read(s -> {
                // the backup is this file as it was (its head in this history), or as it will be (this head in the
                // backup's): anything else is another database, or this one changed along another line since
                Optional<HistoryHead> here = s.history().head();
                Optional<HistoryHead> there = backup.manifest().historyHead().map(h -> new HistoryHead(h.seq(), h.hash()))
                        .or(() -> lastOf(backup)); // an earlier version's backup names no head
                boolean before = there.map(s.history()::holds).orElse(here.isEmpty());
                boolean after = here.map(h -> backup.rows("history").stream().anyMatch(r -> r.get("seq")
                        .equals(Optional.of(String.valueOf(h.seq()))) && r.get("hash").equals(Optional.of(h.hash()))))
                        .orElse(true);
                boolean other = !before && !after;
                Map<String, String> statusThere = backup.rows("review_session").stream()
                        .collect(Collectors.toMap(r -> r.get("id").orElse(""), r -> r.get("status").orElse(""), (a, b) -> a));
                // another line's backup opens a closed session again too (round 12): asked for by name as well
            List<String> reopened = s.sessions().list().stream()
                        .filter(x -> x.status() == SessionStatus.DECIDED)
                        .filter(x -> !SessionStatus.DECIDED.name().equals(statusThere.get(String.valueOf(x.id()))))
                        .map(Impact::named).toList();
                long backupSeq = there.map(HistoryHead::seq).orElse(0L);
                long taken = before ? Math.max(0, here.map(HistoryHead::seq).orElse(0L) - backupSeq) : 0;
                return new Impact(other, reopened, taken, false);
            });
        }

        private static Optional<HistoryHead> lastOf(BackupContent backup) {
            return backup.rows("history").stream()
                    .filter(r -> r.get("seq").isPresent() && r.get("hash").isPresent())
                    .max(Comparator.comparingLong(r -> Long.parseLong(r.get("seq").orElseThrow())))
                    .map(r -> new HistoryHead(Long.parseLong(r.get("seq").orElseThrow()), r.get("hash").orElseThrow()));
        }

        private static String named(SessionSummary session) {
            return AppText.of("restore.sessionNamed", session.id(), session.name()).in(Locale.getDefault());
        }

        /** Whether the user must say yes first: another database, or a closed session opened again. */
        public boolean needsConsent() {
            return otherDatabase || !reopened.isEmpty();
        }

        /** What it takes back, in a sentence or two; empty when it takes back nothing. */
        public Optional<LocalizedText> words() {
            if (unread) {
                return Optional.of(AppText.of("restore.unreadTakesBack", entriesTakenBack));
            }
            Optional<LocalizedText> reopens = reopened.isEmpty() ? Optional.empty()
                    : Optional.of(otherDatabase ? AppText.of("restore.reopensToo", String.join("、", reopened))
                            : AppText.of("restore.reopens", String.join("、", reopened), entriesTakenBack));
            if (otherDatabase) {
                return Optional.of(reopens.map(r -> AppText.of("restore.both", AppText.of("restore.otherDatabase"), r))
                        .orElse(AppText.of("restore.otherDatabase")));
            }
            return reopens.or(() -> entriesTakenBack == 0 ? Optional.empty()
                    : Optional.of(AppText.of("restore.takesBack", entriesTakenBack)));
        }
    }
}
