package com.parkreview.app.persistence;

import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoreWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * ParkReview's store on a PostgreSQL server (a programme office's): the same repositories, history
 * and transactions as a file ({@link Transactions}), on connections to the server. Writers on every
 * machine are serialised by transaction-scoped advisory locks, so that the history stays one chain
 * however many secretaries write at once: a write that concerns one session only (an expert's
 * score, comment or opinion) waits only for other writes to the same session, and for the history
 * just long enough to append its entries before it commits; any other write waits for every write
 * in progress and holds the others off until it commits. Reads see one snapshot each.
 */
public final class ServerDatabase implements OpenStore {

    /**
     * The advisory lock every writing transaction takes first ("PRHISTRY"): shared by writes to one
     * session, exclusive for the others.
     */
    private static final long WRITERS_LOCK = 0x5052484953545259L;
    /** The advisory lock a write to one session takes to append to the history ("PRAPPEND"). */
    private static final long APPEND_LOCK = 0x5052415050454E44L;
    /** The class of the advisory locks, one per session, in PostgreSQL's two-key space ("PRSE"). */
    private static final int SESSION_LOCKS = 0x50525345;
    private static final int CONNECTIONS = 8;

    private final ServerAddress address;
    private final JdbcConnectionPool pool;
    private final Clock clock;
    private final TableShapes shapes = new TableShapes();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    private ServerDatabase(ServerAddress address, JdbcConnectionPool pool, Clock clock) {
        this.address = address;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Connects with the user's own role ({@code password} empty: the driver reads {@code PGPASSWORD}
     * or {@code ~/.pgpass}) and brings the schema up to date; a database that holds something other
     * than ParkReview's store, or a newer one, is refused untouched.
     */
    public static ServerDatabase open(ServerAddress address, Optional<char[]> password, Clock clock) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(address.jdbcUrl());
        address.user().ifPresent(source::setUser);
        password.ifPresent(p -> source.setPassword(new String(p)));
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(CONNECTIONS);
        try {
            ServerSchema.bringUpToDate(pool, address, clock);
            return new ServerDatabase(address, pool, clock);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    public ServerAddress address() {
        return address;
    }

    @Override
    public String where() {
        return address.toString();
    }

    @Override
    public <T> T write(Actor actor, StoreWork<T> work) {
        return inTransaction(Optional.of(actor), work);
    }

    @Override
    public <T> T writeInSession(long sessionId, Actor actor, StoreWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            lock(connection, "pg_advisory_xact_lock_shared(" + WRITERS_LOCK + "), pg_advisory_xact_lock("
                    + SESSION_LOCKS + ", " + Math.toIntExact(sessionId) + ")");
            return Transactions.run(connection, Optional.of(actor), now(), shapes, work,
                    () -> lock(connection, "pg_advisory_xact_lock(" + APPEND_LOCK + ")"),
                    written -> Transactions.tell(changeListeners));
        } catch (SQLException e) {
            throw ServerFailures.translate(e, address);
        }
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return inTransaction(Optional.empty(), work);
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** A commit on the server is on its disk already (PostgreSQL's synchronous commit). */
    @Override
    public void syncToDisk() {
        // nothing to force
    }

    @Override
    public Subscription whenChanged(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Everything the database holds, as a backup's content (in memory, not encrypted), read in one snapshot. */
    byte[] content() {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return Backups.bytes(connection, Optional.empty(), now(), address.toString());
            } finally {
                Transactions.rollbackQuietly(connection);
            }
        } catch (SQLException e) {
            throw ServerFailures.translate(e, address);
        } catch (IOException e) {
            throw new UncheckedIOException("a copy in memory cannot fail to be written", e);
        }
    }

    /** Puts a copy's content into this database, which must hold nothing yet: all of it, checked, or nothing. */
    void load(String name, BackupContent content, Actor actor) {
        inTransaction(Optional.of(actor), (connection, store) -> {
            CopyIntoServer.load(name, content, connection, store, address.database());
            return null;
        });
    }

    /**
     * Work on the server's catalogue (roles, grants, policies) and the store in one writing
     * transaction: all of it is committed with its history entries, or none.
     */
    <T> T administer(Actor actor, ConnectionWork<T> work) {
        return inTransaction(Optional.of(actor), work);
    }

    /** Reading the server's catalogue and the store in one snapshot. */
    <T> T inspect(ConnectionWork<T> work) {
        return inTransaction(Optional.empty(), work);
    }

    /** Work given the transaction's connection as well as its repositories. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection connection, Store store) throws SQLException;
    }

    private <T> T inTransaction(Optional<Actor> actor, StoreWork<T> work) {
        return inTransaction(actor, (connection, store) -> work.run(store));
    }

    private <T> T inTransaction(Optional<Actor> actor, ConnectionWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            if (actor.isPresent()) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                lock(connection, "pg_advisory_xact_lock(" + WRITERS_LOCK + ")");
            } else {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            return Transactions.run(connection, actor, now(), shapes, store -> {
                try {
                    return work.run(connection, store);
                } catch (SQLException e) {
                    throw ServerFailures.translate(e, address);
                }
            },
                    written -> Transactions.tell(changeListeners));
        } catch (SQLException e) {
            throw ServerFailures.translate(e, address);
        }
    }

    private void lock(Connection connection, String call) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + call);
        } catch (SQLException e) {
            throw ServerFailures.translate(e, address);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
