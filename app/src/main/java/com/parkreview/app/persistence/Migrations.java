package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema's versions: the SQL migrations in {@code db/common} and the engine's own folder
 * ({@code db/h2}, {@code db/postgresql}: see {@link Dialect}) and the Java ones listed here,
 * run by Flyway. A database is ParkReview's when Flyway's history table says which of them it has.
 */
final class Migrations {

    /** The newest version this ParkReview ships. */
    static final String NEWEST = "8"; // MigrationsTest: the highest of the SQL and the Java migrations

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private Migrations() {
    }

    /** The version a database is at: its newest successful migration; empty when Flyway never ran on it. */
    static Optional<String> current(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                        + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "no migration history", e);
            return Optional.empty();
        }
    }

    /**
     * Brings a database just opened up to date. Flyway costs half a second at every start, so it
     * runs only when there is something to do, after a backup of an existing file. A file with no
     * migration history is not ParkReview's (another program's, or an empty one) and is refused
     * untouched; one from a newer ParkReview is refused too.
     */
    static void bringUpToDate(Database database, boolean existed) {
        DatabaseFile file = database.file();
        Optional<String> version = current(database.keeper());
        if (existed && version.isEmpty()) {
            throw OpeningProbe.notParkReview(file);
        }
        if (existed && version.get().equals(NEWEST)) {
            return;
        }
        if (version.isPresent() && !known(version.get())) {
            throw new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.newerSchema", file, version.get(),
                    NEWEST), null);
        }
        Flyway flyway = flyway(database.pool(), database.clock(), Optional.empty());
        try {
            int pending = flyway.info().pending().length;
            if (pending == 0) {
                flyway.validate();
                return;
            }
            if (!database.writable()) {
                throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.readOnlyOld"), null);
            }
            if (existed) {
                Path backup = database.backup();
                LOG.info(() -> "backed up to " + backup + " before " + pending + " migration(s)");
            }
            flyway.migrate();
            journalAddedColumns(database.pool(), database.clock());
        } catch (FlywayException e) {
            throw failed(e);
        }
    }

    /**
     * A migration that failed because the disk refused a write (full, removed) says so; anything
     * else is a schema the migrations could not bring up to date.
     */
    static StoreException failed(FlywayException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                StoreException translated = Failures.translate(sql);
                if (translated.kind() == StoreException.Kind.WRITE_FAILED) {
                    return translated;
                }
            }
        }
        return new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.schema", e.getMessage()), e);
    }

    /** Whether a version is one this ParkReview knows (older or equal to {@link #NEWEST}). */
    static boolean known(String version) {
        return version.matches("[1-9][0-9]{0,3}") && Integer.parseInt(version) <= Integer.parseInt(NEWEST);
    }

    static Flyway flyway(DataSource dataSource, Clock clock, Optional<String> target) {
        return flyway(dataSource, clock, target, Dialect.H2);
    }

    static Flyway flyway(DataSource dataSource, Clock clock, Optional<String> target, Dialect dialect) {
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .javaMigrations(new RowJournalBaseline(clock))
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator");
        target.ifPresent(version -> configuration.target(MigrationVersion.fromVersion(version)));
        return configuration.load();
    }

    /** Brings a database up to {@code target} (or the newest). */
    static MigrateResult migrate(DataSource dataSource, Clock clock, Optional<String> target) {
        MigrateResult result = flyway(dataSource, clock, target).migrate();
        if (result.migrationsExecuted > 0) {
            journalAddedColumns(dataSource, clock);
        }
        return result;
    }

    /**
     * A migration that adds a column changes every row's image: the rows are journaled again where
     * that is all that changed ({@link JournalCheck#rebaselineAddedColumns}), in one transaction.
     */
    static void journalAddedColumns(DataSource dataSource, Clock clock) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Jdbc jdbc = new Jdbc(connection);
            JournalCheck journal = new JournalCheck();
            HistoryWriter.reading(jdbc).all().forEach(journal::replay);
            journal.rebaselineAddedColumns(connection, new HistoryWriter(jdbc, Optional.of(Actor.system()),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), new TableShapes()));
            connection.commit();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}
