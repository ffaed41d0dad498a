package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.BackupRefusedException;
import com.parkreview.app.persistence.dump.RowLoader;
import com.parkreview.app.persistence.dump.TableCatalog;
import com.parkreview.app.persistence.dump.TableRows;
import com.parkreview.app.review.Panel;
import com.parkreview.app.review.Store;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A copy's content put into a server's database that holds nothing yet, inside one transaction of
 * that database (under its writers' lock): the rows inserted as parameters ({@link RowLoader}),
 * then the same checks a restore makes — the newest history entry the content names, the history
 * verified, every session loaded through the domain's checks — and an entry recording the copy.
 * Any refusal rolls the transaction back and leaves the database empty.
 */
final class CopyIntoServer {

    private CopyIntoServer() {
    }

    static void load(String name, BackupContent content, Connection connection, Store store, String database) {
        try {
            refuseUnlessEmpty(connection);
            String version = Migrations.current(connection).orElse("0");
            if (!version.equals(content.manifest().schemaVersion())) {
                throw Rebuild.COPY.refused(name, new BackupRefusedException(AppText.of("copy.versionDiffers",
                        content.manifest().schemaVersion(), version)));
            }
            RowLoader.load(connection, content);
            RestoredDatabase.checkHead(Rebuild.COPY, name, content.manifest(), connection);
            RestoredDatabase.check(Rebuild.COPY, name, store);
            refuseForeignPanelRoles(store, database);
            store.history().note(Rebuild.COPY.action(), name, "schema=" + content.manifest().schemaVersion()
                    + " made=" + content.manifest().createdAt() + " from=" + content.manifest().database());
        } catch (BackupRefusedException e) {
            throw Rebuild.COPY.refused(name, e);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /**
     * A panel's role decides who may change its sessions on this server, so it is never taken from
     * a file: each panel copied in must name the role {@code server panel} would make for it here.
     * A file whose panel names another role (another panel's, the secretaries' own, any role of
     * the server) would hand that role's members the panel's sessions.
     */
    private static void refuseForeignPanelRoles(Store store, String database) throws BackupRefusedException {
        for (Panel panel : store.panels().list()) {
            String expected = ServerRoles.RoleNames.of(database).panel(panel.code());
            if (!panel.role().equals(expected)) {
                throw new BackupRefusedException(AppText.of("copy.foreignPanelRole", panel.code(), panel.role(),
                        expected));
            }
        }
    }

    /** A database's history is one chain: a copy goes into a database with no rows in any of ParkReview's tables. */
    private static void refuseUnlessEmpty(Connection connection) throws SQLException, BackupRefusedException {
        Set<String> present = TableRows.present(connection);
        for (TableCatalog.Table table : TableCatalog.tables()) {
            if (!present.contains(table.name())) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                rows.next();
                long count = rows.getLong(1);
                if (count > 0) {
                    throw new BackupRefusedException(AppText.of("copy.targetNotEmpty", table.name(), count));
                }
            }
        }
    }
}
