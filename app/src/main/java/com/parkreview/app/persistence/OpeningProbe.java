package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * Tries an existing database on a copy before the real open, so that a damaged file is refused
 * without a byte of it changed: H2 opening a damaged file may rewrite its header while falling
 * back to an older state, and it cannot open a file that needs repair read-only. The copy must
 * open, keep Flyway's record of its versions as ParkReview's migrations wrote it ({@link
 * MigrationHistory}), and still hold the newest change the head marker names; if it does not, the
 * rest was lost (a cut-off tail, an older copy put in its place).
 *
 * <p>A verdict of damage is given only on a file that stood still while it was read: another
 * ParkReview closing the same file compacts it and puts the compacted copy in its place, and a
 * read that crossed that moment looked damaged or cut (a tester's round 6 saw "damaged, no backup"
 * three times in twenty on a healthy file opened as another process closed it). Such a read is
 * made again once the file has settled.
 */
final class OpeningProbe {

    private static final Logger LOG = Logger.getLogger(OpeningProbe.class.getName());

    private OpeningProbe() {
    }

    private static final int READINGS = 6;
    private static final long SETTLE_MILLIS = 400;

    static void check(DatabaseFile file, OpenOptions options) {
        if (!options.fileSystem().equals("file")) {
            return; // test file systems: the faults they inject are the subject, not damage
        }
        for (int reading = 1; ; reading++) {
            FileMoment before = FileMoment.of(file);
            try {
                checkOnce(file, options);
                return;
            } catch (StoreException e) {
                boolean verdict = e.kind() == StoreException.Kind.CORRUPT || e.kind() == StoreException.Kind.SCHEMA;
                if (!verdict || reading == READINGS || !FileMoment.of(file).movedSince(before)) {
                    throw e;
                }
                LOG.info("the file changed while it was read (another ParkReview closing it?); reading it again: " + file);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What tells that a file changed: its identity (a copy moved into its place), size and time; and a compaction under way. */
    private record FileMoment(Object key, long size, long modifiedNanos, boolean compacting) {

        static FileMoment of(DatabaseFile file) {
            boolean compacting = Files.exists(file.file().resolveSibling(file.file().getFileName() + ".tempFile"));
            try {
                BasicFileAttributes seen = Files.readAttributes(file.file(), BasicFileAttributes.class);
                return new FileMoment(seen.fileKey(), seen.size(), seen.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        compacting);
            } catch (IOException e) {
                return new FileMoment(null, -1, -1, compacting); // gone for a moment: being moved
            }
        }

        boolean movedSince(FileMoment before) {
            return compacting || before.compacting || !equals(before);
        }
    }

    private static void checkOnce(DatabaseFile file, OpenOptions options) {
        try {
            if (Files.size(file.file()) == 0) {
                throw notParkReviewOrDamaged(file); // H2 would make a new database in it
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "size unknown", e);
        }
        HeldTarget.hold(file).close(); // another ParkReview has it open: said, without copying a file being written
        List<String> statements = schemaOf(file, options);
        List<String> schemaVersions = SchemaGuard.check(statements, file);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("parkreview-probe");
            DatabaseFile copy = new DatabaseFile(folder.resolve("probe"));
            Files.copy(file.file(), copy.file());
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:h2:file:" + copy.base() + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0;LOCK_TIMEOUT=1000"
                            + (options.encrypted() ? ";CIPHER=AES" : ""),
                    "parkreview", options.password().map(p -> new String(p) + " ").orElse(""))) {
                if (Migrations.current(connection).isEmpty()) {
                    throw notParkReviewOrDamaged(file);
                }
                MigrationHistory.check(connection, file, schemaVersions);
                checkHead(file, connection, options);
                EveryRowRead.requireTables(connection, SchemaGuard.tables(schemaVersions.get(schemaVersions.size() - 1)));
                EveryRowRead.readAll(connection); // a page that cannot be read is found here, on the copy
                compactAsTheCloseWill(connection);
            }
            requireSameSchemaAfterOpening(copy, statements, file, options);
        } catch (SQLException e) {
            if (!options.encrypted() && e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                // its schema is ParkReview's (guarded above), yet ParkReview's user no longer logs in (round 23: "not ParkReview's")
                Optional<Path> newest = new Backups(file).newest();
                throw new StoreException(StoreException.Kind.CORRUPT, newest.isPresent()
                        ? AppText.of("store.loginChangedWithBackup", file, newest.get().getFileName())
                        : AppText.of("store.loginChanged", file), e, newest);
            }
            throw DatabaseOpening.failed(file, e);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not try " + file + " on a copy; opening it directly", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void checkHead(DatabaseFile file, Connection connection, OpenOptions options) {
        Optional<HeadMarker.Head> marked = new HeadMarker(file).read();
        if (marked.isEmpty()) {
            return;
        }
        Optional<String> hashThere;
        try {
            hashThere = HistoryWriter.reading(new Jdbc(connection))
                    .hashOf(marked.get().seq());
        } catch (StoreException e) {
            hashThere = Optional.empty();
        }
        if (hashThere.isPresent() && !hashThere.get().equals(marked.get().hash())) {
            // the file holds that change, with other content: another database's marker, or a history rewritten (round 28)
            throw new StoreException(StoreException.Kind.CORRUPT, AppText.of("store.markerOfAnother", file,
                    marked.get().seq(), file.headMarker().getFileName()), null, new Backups(file).newest());
        }
        if (!hashThere.equals(Optional.of(marked.get().hash()))) {
            throw LostChanges.refusal(file, marked.get().seq(), options);
        }
    }

    /**
     * The copy is closed as the real file will be, compacted: compaction copies every map of the
     * store, the ones no table or index reaches among them, and a page of one of those that cannot
     * be read failed the real file's close, after a command that had worked, rewriting part of the
     * file; the next {@code verify} said the disk was full (a fuzz of this stop, offset 214100).
     */
    private static void compactAsTheCloseWill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }

    /**
     * The copy, opened and closed, still holds the schema the file held: H2 opening a damaged file
     * may write its schema again without a part of it, and every later open then refused the file
     * as changed outside ParkReview — after the first command had said "intact" and changed it
     * (round 26's offset 221100: a foreign key rewritten without its index). Found on the copy, it
     * is damage, and the file is left as it was.
     */
    private static void requireSameSchemaAfterOpening(DatabaseFile copy, List<String> before, DatabaseFile file,
            OpenOptions options) {
        List<String> after;
        try {
            after = SchemaGuard.statements(copy.file(), options.password());
        } catch (RuntimeException | AssertionError e) {
            LOG.log(Level.INFO, "the copy's schema could not be read again after it was opened", e);
            throw DatabaseOpening.damaged(file, null);
        }
        if (!after.equals(before)) {
            LOG.info("opening a copy of " + file + " changed its schema; first difference: "
                    + after.stream().filter(s -> !before.contains(s)).findFirst().orElse("(a part taken away)"));
            throw DatabaseOpening.damaged(file, null);
        }
    }

    /**
     * Before H2 runs anything the file holds (its triggers run at open), its schema is read from its
     * store and must be ParkReview's ({@link SchemaGuard#check}); a file that holds no ParkReview
     * schema at all is another program's or damaged; one that cannot be read as a store is damaged,
     * or, when encrypted, opened with another password.
     */
    private static List<String> schemaOf(DatabaseFile file, OpenOptions options) {
        try {
            List<String> statements = SchemaGuard.statements(file.file(), options.password());
            if (!SchemaGuard.isParkReviews(statements)) {
                throw notParkReviewOrDamaged(file);
            }
            return statements;
        } catch (MVStoreException | IllegalStateException | IndexOutOfBoundsException | AssertionError
                | ClassCastException | NullPointerException e) {
            // a store that cannot be read: damaged (H2 reports damage in several ways, assertions among them)
            if (options.encrypted()) {
                throw new StoreException(StoreException.Kind.WRONG_PASSWORD, AppText.of("store.wrongPasswordOrDamaged",
                        file), e);
            }
            throw notParkReviewOrDamaged(file);
        }
    }

    /**
     * A file without ParkReview's schema: one ParkReview knew (its head marker or backups are beside
     * it) has been damaged, cut back to nothing; any other is not ParkReview's.
     */
    private static StoreException notParkReviewOrDamaged(DatabaseFile file) {
        Optional<Path> newest = new Backups(file).newest();
        if (new HeadMarker(file).read().isEmpty() && newest.isEmpty()) {
            return notParkReview(file);
        }
        return DatabaseOpening.damaged(file, null);
    }

    static StoreException notParkReview(DatabaseFile file) {
        return new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.notParkReview", file), null);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + folder, e);
        }
    }
}
