package com.parkreview.app.persistence;

import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.StoreWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One unit of work on one connection, the same on both engines: the repositories and the history
 * writer of one transaction, every touched row journaled just before the commit, everything rolled
 * back on any failure, and the newest history entry handed on once committed.
 */
final class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class.getName());

    private Transactions() {
    }

    /**
     * Runs {@code work} in a transaction on {@code connection} (autocommit off, committed or rolled
     * back here), for {@code actor} when it writes; {@code committed} is told the newest entry the
     * work appended to the history, after the commit.
     */
    static <T> T run(Connection connection, Optional<Actor> actor, Instant now, TableShapes shapes, StoreWork<T> work,
            Consumer<HeadMarker.Head> committed) throws SQLException {
        return run(connection, actor, now, shapes, work, () -> { }, committed);
    }

    /**
     * As {@link #run(Connection, Optional, Instant, TableShapes, StoreWork, Consumer)}, with
     * {@code beforeAppending} run once, before the transaction first reads the history's newest
     * entry to append to it: where a writer that shares the store with others waits its turn.
     */
    static <T> T run(Connection connection, Optional<Actor> actor, Instant now, TableShapes shapes, StoreWork<T> work,
            Runnable beforeAppending, Consumer<HeadMarker.Head> committed) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Jdbc jdbc = new Jdbc(connection);
            HistoryWriter history = new HistoryWriter(jdbc, actor, now, shapes, beforeAppending);
            T result = work.run(new JdbcStore(jdbc, history));
            history.journalTouchedRows();
            connection.commit();
            history.written().ifPresent(committed);
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection);
            throw e;
        }
    }

    /** Tells each listener of a committed change; a listener's failure is its own, the write has committed. */
    static void tell(List<Runnable> listeners) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a change listener failed", e);
            }
        }
    }

    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }
}
