package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.Leftovers;
import com.parkreview.app.review.Actor;
import com.parkreview.scoring.ValidationException;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoreWork;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One ParkReview database: an embedded H2 file with the default file lock (a second ParkReview
 * on the same file is refused), {@code WRITE_DELAY=0} so that a commit that has returned survives
 * a killed process, {@code IFEXISTS=TRUE} for a file that must exist, optional {@code CIPHER=AES}.
 * Flyway migrates it at open, after a backup. Writes are serialised and run as one transaction
 * each.
 */
public final class Database implements StoreAccess, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final String USER = "parkreview";
    /** Below this much free space the user is warned before typing anything. */
    private static final long LOW_SPACE_BYTES = 50L * 1024 * 1024;

    private final DatabaseFile file;
    private final OpenOptions options;
    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final boolean writable;
    private final boolean created;
    private final Backups backups;
    private final HeadMarker head;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final TableShapes shapes = new TableShapes();

    private Database(DatabaseFile file, OpenOptions options, JdbcConnectionPool pool, Connection keeper,
            boolean writable, boolean created) {
        this.file = file;
        this.options = options;
        this.pool = pool;
        this.keeper = keeper;
        this.writable = writable;
        this.created = created;
        this.backups = new Backups(file);
        this.head = new HeadMarker(file);
    }

    /** Opens (or, when allowed and missing, creates) the database and brings its schema up to date. */
    public static Database open(DatabaseFile file, OpenOptions options) {
        boolean existed = existsOn(file, options);
        if (!existed && !options.createIfMissing()) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("store.notFoundAt", file), null);
        }
        boolean created = false;
        if (!existed && options.fileSystem().equals("file")) {
            created = NewDatabase.place(file, options);
            existed = true;
        }
        if (!existed) {
            createFolder(file);
            new HeadMarker(file).delete();
        } else if (isEncrypted(file, options) != options.encrypted()) {
            throw new StoreException(StoreException.Kind.WRONG_PASSWORD,
                    AppText.of(options.encrypted() ? "store.notEncrypted" : "store.wrongPassword"), null);
        }
        if (existed) {
            OpeningProbe.check(file, options);
        }
        if (options.fileSystem().equals("file")) {
            Leftovers.clean(file.folder());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(file, options, existed), USER, password(options));
        Connection keeper;
        try {
            keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw opening(file, e);
        }
        Database database;
        try {
            database = new Database(file, options, pool, keeper, !readOnly(keeper), created || !existed);
            database.migrate(existed);
            database.markHead();
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            pool.dispose();
            throw e;
        }
        return database;
    }

    public DatabaseFile file() {
        return file;
    }

    /** Whether this open created the file (a first start). */
    public boolean created() {
        return created;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public Clock clock() {
        return options.clock();
    }

    public Backups backups() {
        return backups;
    }

    /**
     * Something the user should know before typing anything: the file cannot be written, or the
     * disk is nearly full.
     */
    public Optional<LocalizedText> storageWarning() {
        if (!writable) {
            return Optional.of(AppText.of("store.readOnly"));
        }
        if (!org.h2.store.fs.FilePath.get(options.fileSystem() + ":" + file.folder()).canWrite()) {
            return Optional.of(AppText.of("store.folderReadOnly"));
        }
        try {
            long free = Files.getFileStore(file.folder()).getUsableSpace();
            if (free < LOW_SPACE_BYTES) {
                return Optional.of(AppText.of("store.lowSpace", free / (1024 * 1024)));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "free space unknown", e);
        }
        return Optional.empty();
    }

    @Override
    public <T> T write(Actor actor, StoreWork<T> work) {
        if (!writable) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.readOnly"), null);
        }
        writeLock.lock();
        try {
            return inTransaction(Optional.of(actor), work);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return inTransaction(Optional.empty(), work);
    }

    /**
     * Forces everything committed onto the disk ({@code CHECKPOINT SYNC}): after a sheet is
     * signed and after an import.
     */
    @Override
    public void syncToDisk() {
        if (!writable) {
            return;
        }
        writeLock.lock();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw Failures.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Writes a backup now (File › Backups, the {@code backup} command). */
    public Path backup() {
        writeLock.lock();
        try {
            return backups.create(keeper, options.password(), now());
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("backup.writeFailed",
                    file.folder()), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * File › Save a copy: a new database file with everything this one holds (and its password,
     * if encrypted), built the way a restore builds one. An existing file is never overwritten.
     */
    public Path saveCopy(Path target, Actor actor) {
        DatabaseFile copy = DatabaseFile.of(target);
        if (copy.exists()) {
            throw new ValidationException(AppText.of("ui.fileExists", copy));
        }
        byte[] content;
        writeLock.lock();
        try {
            content = Backups.bytes(keeper, options.password(), now(), file.file().getFileName().toString());
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.writeFailed"), e);
        } finally {
            writeLock.unlock();
        }
        Restore.into(copy, file.file().getFileName().toString(), content,
                new OpenOptions(true, options.password(), options.clock(), "file"), actor, false);
        return copy.file();
    }

    /** Closes after writing a backup (when the application closes). A failed backup does not stop the close. */
    public void closeWithBackup() {
        if (writable) {
            try {
                backup();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "backup on close failed for " + file, e);
            }
        }
        close();
    }

    /**
     * Closes the file. Space is never reused while it is open (see {@link #url}), so a writable
     * file is compacted on the way out ({@code SHUTDOWN COMPACT}: a day of scoring, some 30 MB,
     * shrinks to a few hundred KB in about 0.3 s).
     */
    @Override
    public void close() {
        if (writable) {
            writeLock.lock();
            try (Statement statement = keeper.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "compaction on close failed for " + file, e);
            } finally {
                writeLock.unlock();
            }
        }
        closeQuietly(keeper);
        pool.dispose();
        head.close();
    }

    private <T> T inTransaction(Optional<Actor> actor, StoreWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Jdbc jdbc = new Jdbc(connection);
                HistoryWriter history = new HistoryWriter(jdbc, actor, now(), shapes);
                T result = work.run(new JdbcStore(jdbc, history));
                history.journalTouchedRows();
                connection.commit();
                history.written().ifPresent(head::write);
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** The newest entry of the history (a file with none has none to name). */
    HeadMarker.Head head() {
        writeLock.lock();
        try {
            return HistoryWriter.reading(new Jdbc(keeper)).newest()
                    .orElseThrow(() -> new IllegalStateException("no history"));
        } finally {
            writeLock.unlock();
        }
    }

    /** The file is good: from now on its head marker names its newest change. */
    private void markHead() {
        if (writable) {
            HistoryWriter.reading(new Jdbc(keeper)).newest().ifPresent(head::write);
        }
    }

    private static boolean isEncrypted(DatabaseFile file, OpenOptions options) {
        byte[] magic = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (java.io.InputStream in = org.h2.store.fs.FilePath.get(options.fileSystem() + ":" + file.file())
                .newInputStream()) {
            return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return options.encrypted();
        }
    }

    private Instant now() {
        return options.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The highest migration this ParkReview ships. */
    static final String SCHEMA_VERSION = Migrations.NEWEST;

    /**
     * Brings the file up to date. Flyway costs half a second at every start, so it runs only when
     * there is something to do. A file with tables but no migration history is another program's
     * database, and an existing file without any table is not a ParkReview database either: both
     * are refused untouched.
     */
    private void migrate(boolean existed) {
        Optional<String> version = Migrations.current(keeper);
        if (existed && version.isEmpty()) {
            throw OpeningProbe.notParkReview(file);
        }
        if (existed && version.get().equals(SCHEMA_VERSION)) {
            return;
        }
        if (version.isPresent() && !Migrations.known(version.get())) {
            throw new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.newerSchema", file,
                    version.get(), SCHEMA_VERSION), null);
        }
        Flyway flyway = Migrations.flyway(pool, options.clock(), Optional.empty());
        try {
            int pending = flyway.info().pending().length;
            if (pending == 0) {
                flyway.validate();
                return;
            }
            if (!writable) {
                throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.readOnlyOld"), null);
            }
            if (existed) {
                Path backup = backup();
                LOG.info(() -> "backed up to " + backup + " before " + pending + " migration(s)");
            }
            flyway.migrate();
            Migrations.journalAddedColumns(pool, options.clock());
        } catch (FlywayException e) {
            throw new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.schema", e.getMessage()), e);
        }
    }

    /**
     * {@code REUSE_SPACE=FALSE}: H2 2.5 writes the store header during a chunk's write while it
     * still names the chunk before, so a chunk placed in reused space away from where the last
     * one predicted is not found by recovery after a kill, and that commit is lost although it
     * returned (seen here: 3 of 120 kill rounds lost the first commit after an open; with this
     * setting 0 of 300). Appended chunks are found by recovery's scan from the end of the file.
     */
    static String url(DatabaseFile file, OpenOptions options, boolean existed) {
        StringBuilder url = new StringBuilder("jdbc:h2:").append(options.fileSystem()).append(':')
                .append(file.base()).append(";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0");
        if (existed) {
            url.append(";IFEXISTS=TRUE");
        }
        if (options.encrypted()) {
            url.append(";CIPHER=AES");
        }
        return url.toString();
    }

    /** H2 takes the file password and the user password separated by a space. */
    static String password(OpenOptions options) {
        return options.password().map(p -> new String(p) + " ").orElse("");
    }

    private static boolean existsOn(DatabaseFile file, OpenOptions options) {
        return org.h2.store.fs.FileUtils.exists(options.fileSystem() + ":" + file.file());
    }

    static void createFolder(DatabaseFile file) {
        try {
            Files.createDirectories(file.folder());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.cannotCreate", file.folder()), e);
        }
    }

    private static boolean readOnly(Connection connection) {
        try (Statement statement = connection.createStatement();
                var row = statement.executeQuery("SELECT READONLY()")) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /**
     * Opening failed. An existing file that cannot be read (H2 reports it as damage, an I/O
     * fault or an internal error) is damaged: name the newest backup beside it.
     */
    static StoreException opening(DatabaseFile file, SQLException e) {
        StoreException translated = Failures.translate(e);
        if (translated.kind() == StoreException.Kind.CORRUPT || translated.kind() == StoreException.Kind.INTERNAL
                || translated.kind() == StoreException.Kind.WRITE_FAILED) {
            Optional<Path> newest = new Backups(file).newest();
            LocalizedText text = newest.isPresent()
                    ? AppText.of("store.corruptWithBackup", file, newest.get().getFileName())
                    : AppText.of("store.corruptNoBackup", file);
            return new StoreException(StoreException.Kind.CORRUPT, text, e, newest);
        }
        return translated;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "close failed", e);
        }
    }
}
