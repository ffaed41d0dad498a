package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoreWork;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One open ParkReview database (see {@link DatabaseOpening} for how it is opened and {@link H2Url}
 * for H2's settings): writes are serialised and run as one transaction each, with the history
 * written in the same transaction and the head marker after the commit; backups and copies are
 * made under the same lock.
 */
public final class Database implements OpenStore {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final DatabaseFile file;
    private final OpenOptions options;
    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final boolean writable;
    private final OpenedAs openedAs;
    private final Backups backups;
    private final HeadMarker head;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final FirstChangeCheck firstChange = new FirstChangeCheck();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final TableShapes shapes = new TableShapes();
    private final DamageWatch damage = new DamageWatch();
    private final Optional<OpenGuard> guard;
    private final DatabaseCopies copies;

    /** The newest schema version this ParkReview writes (its migrations). */
    public static final String SCHEMA_VERSION = Migrations.NEWEST;

    /** Opens (or, when allowed and missing, creates) the database and brings its schema up to date. */
    public static Database open(DatabaseFile file, OpenOptions options) {
        return DatabaseOpening.open(file, options);
    }

    /** A database opened by {@link DatabaseOpening}: its pool, the connection that keeps it open, its state. */
    Database(DatabaseFile file, OpenOptions options, JdbcConnectionPool pool, Connection keeper, boolean writable,
            OpenedAs openedAs, Optional<OpenGuard> guard) {
        this.guard = guard;
        this.file = file;
        this.options = options;
        this.pool = pool;
        this.keeper = keeper;
        this.writable = writable;
        this.openedAs = openedAs;
        this.backups = new Backups(file);
        this.head = new HeadMarker(file);
        this.copies = new DatabaseCopies(file, options, keeper, writeLock, backups, this::now);
    }

    public DatabaseFile file() {
        return file;
    }

    @Override
    public String where() {
        return file.toString();
    }

    /** Whether this open created the file (a first start). */
    public boolean created() {
        return openedAs == OpenedAs.NEW;
    }

    /** The file, holding a history, had no head marker beside it: a rollback could not be checked this time. */
    @Override
    public void markerDoubtReported() {
        MarkerDoubt.clear(file);
    }

    @Override
    public Optional<LocalizedText> markerWarning() {
        return openedAs.warning(file.headMarker().getFileName().toString());
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

    /** What the user should know before typing: the file cannot be written, was not marked, or the disk is nearly full. */
    public Optional<LocalizedText> storageWarning() {
        return StorageWarning.of(file, options, writable, markerWarning());
    }

    @Override
    public Optional<Path> newestBackup() {
        return backups.newest();
    }

    @Override
    public <T> T write(Actor actor, StoreWork<T> work) {
        if (!writable) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.readOnly"), null);
        }
        if (openedAs == OpenedAs.MARKER_NOT_A_FILE) { // unchecked at open, whatever is in its place now (round 18 F1)
            throw new StoreException(StoreException.Kind.READ_ONLY,
                    AppText.of("store.markerNotAFileAtOpen", file.headMarker().getFileName()), null);
        }
        try {
            head.openForWriting();
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.markerNotWritable", file.headMarker()), e);
        }
        writeLock.lock();
        try {
            return inTransaction(Optional.of(actor), firstChange.before(work));
        } catch (StoreException e) {
            throw named(e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public Subscription whenChanged(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return inTransaction(Optional.empty(), work);
    }

    /** Forces everything committed onto the disk ({@code CHECKPOINT SYNC}): after a sheet is signed and after an import. */
    @Override
    public void syncToDisk() {
        if (!writable) {
            return;
        }
        writeLock.lock();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw named(Failures.translate(e));
        } finally {
            writeLock.unlock();
        }
    }

    /** Writes a backup now (File › Backups, the {@code backup} command). */
    public Path backup() {
        try {
            return copies.backup();
        } catch (StoreException e) {
            throw damage.seen(e); // a backup reads every row: damage found there is damage (round 25)
        }
    }

    /**
     * File › Save a copy: a new database file with everything this one holds (and its password,
     * if encrypted), built the way a restore builds one. An existing file is never overwritten.
     */
    public Path saveCopy(Path target, Actor actor) {
        return copies.saveCopy(target, actor);
    }

    /** Everything the database holds as a backup's content, in memory and not encrypted (a copy to another store). */
    byte[] content() {
        return copies.content(Optional.empty());
    }

    /** Closes after writing a backup (when the application closes). A failed backup does not stop the close. */
    public void closeWithBackup() {
        if (writable && !damage.damageSeen()) { // a damaged file would make a damaged backup
            try {
                backup();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "backup on close failed for " + file, e);
            }
        }
        close();
    }

    /**
     * Closes the file. Space is never reused while it is open (see {@link H2Url#of}), so a writable
     * file is compacted on the way out ({@code SHUTDOWN COMPACT}: a day of scoring, some 30 MB,
     * shrinks to a few hundred KB in about 0.3 s), unless it was found damaged ({@link DamageWatch}).
     */
    @Override
    public void close() {
        if (writable) {
            writeLock.lock();
            try (Statement statement = keeper.createStatement()) {
                statement.execute(damage.shutdown());
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "compaction on close failed for " + file, e);
            } finally {
                writeLock.unlock();
            }
        }
        Jdbc.closeQuietly(keeper);
        pool.dispose();
        head.close();
        if (writable && !damage.damageSeen()) {
            file.removeCompactionCopy(); // NAME.mv.db.tempFile
        }
        guard.ifPresent(OpenGuard::close);
    }

    private <T> T inTransaction(Optional<Actor> actor, StoreWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return Transactions.run(connection, actor, now(), shapes, work, written -> {
                head.write(written);
                Transactions.tell(changeListeners);
            });
        } catch (SQLException e) {
            throw damage.seen(Failures.translate(e));
        } catch (StoreException e) {
            throw damage.seen(e);
        }
    }

    /** A failed write says which file could not be written: this database, not a file the user chose. */
    private StoreException named(StoreException e) {
        return e.kind() == StoreException.Kind.WRITE_FAILED
                ? new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.writeFailedAt", file), e)
                : e;
    }

    /** The file is good: from now on its head marker names its newest change. */
    void markHead() {
        if (writable) {
            HistoryWriter.reading(new Jdbc(keeper)).newest().ifPresent(head::write);
        }
    }

    /** The connection that keeps the database open, for the migrations at open. */
    Connection keeper() {
        return keeper;
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    OpenOptions options() {
        return options;
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

    private Instant now() {
        return options.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }
}
