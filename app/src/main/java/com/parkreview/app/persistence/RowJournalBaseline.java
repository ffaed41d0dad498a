package com.parkreview.app.persistence;

import com.parkreview.app.persistence.dump.Row;
import com.parkreview.app.persistence.dump.TableCatalog;
import com.parkreview.app.persistence.dump.TableRows;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.Actor;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4: the history starts its row journal. A file made by an earlier ParkReview holds rows
 * its history never recorded as rows; each is journaled as it stands (action {@code baseline}), so
 * that {@code verify} compares every later change with it. What was changed outside ParkReview
 * before this upgrade is taken as found: run {@code verify} with the earlier version first.
 */
final class RowJournalBaseline implements JavaMigration {

    static final String VERSION = "4";

    private final Clock clock;

    RowJournalBaseline(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "start the row journal";
    }

    @Override
    public Integer getChecksum() {
        return 4_0001; // fixed: the class may be recompiled, its meaning may not change
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        HistoryWriter history = new HistoryWriter(new Jdbc(connection), Optional.of(Actor.system()),
                clock.instant().truncatedTo(ChronoUnit.MICROS), new TableShapes());
        TableShapes shapes = new TableShapes();
        Set<String> present = TableRows.present(connection); // tables a later version adds are not there yet
        for (TableCatalog.Table table : TableCatalog.tables()) {
            if (!table.journaled() || !present.contains(table.name())) {
                continue;
            }
            for (Row row : TableRows.all(connection, table, shapes.columns(connection, table))) {
                history.record(HistoryWriter.BASELINE, table.name(), row.key(table), "", Optional.empty(),
                        Optional.of(row.image(table)));
            }
        }
    }
}
