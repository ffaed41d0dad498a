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
 * machine are serialised by a transaction-scoped advisory lock, so that the history stays one chain
 * however many secretaries write at once; reads see one snapshot each.
 */
public final class ServerDatabase implements OpenStore {

    /** The advisory lock every writing transaction takes first ("PRHISTRY"): one history, one writer at a time. */
    private static final long HISTORY_LOCK = 0x5052484953545259L;
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
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_xact_lock(" + HISTORY_LOCK + ")");
                }
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
