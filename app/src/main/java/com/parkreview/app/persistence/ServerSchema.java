package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.ChainCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A server database's schema: created by the PostgreSQL migrations on an empty database, brought
 * up to date on one of an older ParkReview, refused on one that holds anything else or is newer.
 * Flyway serialises two ParkReviews migrating at once with a lock of its own.
 */
final class ServerSchema {

    private ServerSchema() {
    }

    static void bringUpToDate(DataSource source, ServerAddress address, Clock clock) {
        try (Connection connection = source.getConnection()) {
            Optional<String> version = Migrations.current(connection);
            if (version.isEmpty() && holdsTables(connection)) {
                throw new StoreException(StoreException.Kind.REFUSED, AppText.of("server.notParkReview", address),
                        null);
            }
            if (version.isPresent() && !Migrations.known(version.get())) {
                throw new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.newerSchema", address,
                        version.get(), Migrations.NEWEST), null);
            }
            Flyway flyway = Migrations.flyway(source, clock, Optional.empty(), Dialect.POSTGRESQL);
            if (version.filter(Migrations.NEWEST::equals).isPresent()) {
                flyway.validate();
            } else {
                migrate(flyway, version, address);
            }
            List<String> added = codeAdded(connection);
            if (!added.isEmpty()) {
                throw new StoreException(StoreException.Kind.REFUSED,
                        AppText.of("server.codeAdded", address, String.join(", ", added)), null);
            }
        } catch (SQLException e) {
            throw ServerFailures.translate(e, address);
        } catch (FlywayException e) {
            throw Migrations.failed(e);
        }
    }

    /** Migrates; a secretary's role, which may not change tables, is told that the administrator upgrades. */
    private static void migrate(Flyway flyway, Optional<String> version, ServerAddress address) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (notAllowed(e)) {
                throw new StoreException(StoreException.Kind.REFUSED, version.isPresent()
                        ? AppText.of("server.upgradeByAdmin", address, version.get(), Migrations.NEWEST)
                        : AppText.of("server.makeByAdmin", address), e);
            }
            throw e;
        }
    }

    private static boolean notAllowed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Code someone added to ParkReview's schema on the server: triggers and rewrite rules on its
     * tables, functions and procedures in it. A trigger could change a score as it is written,
     * and the history would journal the changed row as if ParkReview had written it; ParkReview's
     * migrations make none of these, so any is refused (named) before anything is read or written.
     */
    /** For {@code verify}: code added on a server while ParkReview was connected, as a break (nothing on H2). */
    static void codeAdded(Connection connection, Consumer<ChainCheck.Break> report) {
        try {
            if (Dialect.of(connection) == Dialect.POSTGRESQL) {
                List<String> added = codeAdded(connection);
                if (!added.isEmpty()) {
                    report.accept(new ChainCheck.Break(0, AppText.of("verify.codeAdded", String.join(", ", added))));
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private static List<String> codeAdded(Connection connection) throws SQLException {
        List<String> added = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT 'trigger ' || t.tgname || ' on ' || c.relname FROM pg_trigger t "
                        + "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
                        + "AND c.relnamespace = current_schema()::regnamespace "
                        + "UNION ALL SELECT 'rule ' || rulename || ' on ' || tablename FROM pg_rules "
                        + "WHERE schemaname = current_schema() "
                        + "UNION ALL SELECT 'function ' || p.proname FROM pg_proc p "
                        + "WHERE p.pronamespace = current_schema()::regnamespace ORDER BY 1")) {
            while (rows.next()) {
                added.add(rows.getString(1));
            }
        }
        return added;
    }

    private static boolean holdsTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                        + "WHERE table_schema = current_schema()")) {
            row.next();
            return row.getLong(1) > 0;
        }
    }
}
