package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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
                flyway.migrate();
            }
        } catch (SQLException e) {
            throw ServerFailures.translate(e, address);
        } catch (FlywayException e) {
            throw Migrations.failed(e);
        }
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
