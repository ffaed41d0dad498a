package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.InputText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway's record of a file's schema versions ({@code flyway_schema_history}) must be the rows
 * ParkReview's migrations write, in their order, each as released (version, description, kind,
 * script, checksum, success; {@code migration-history.txt} beside this class), and the version
 * it ends at must be one whose schema the file holds ({@link SchemaGuard}). A row deleted, edited
 * or added outside ParkReview would make ParkReview run a migration again, skip one, or take the
 * file for another version than it is; such a file is refused before it is opened.
 */
final class MigrationHistory {

    static final String RESOURCE = "migration-history.txt";

    private MigrationHistory() {
    }

    /** Refuses the file (read on the probe's copy) when its record is not one ParkReview wrote. */
    static void check(Connection copy, DatabaseFile file, List<String> schemaVersions) throws SQLException {
        List<String> found = rows(copy);
        List<String> expected = expected();
        for (int i = 0; i < found.size(); i++) {
            String wanted = i < expected.size() ? expected.get(i) : "—";
            if (!found.get(i).equals(wanted)) {
                throw refused(AppText.of("store.migrationRowChanged", file, i + 1, shown(found.get(i)), wanted));
            }
        }
        String version = String.valueOf(found.size());
        if (!schemaVersions.contains(version)) {
            throw refused(AppText.of("store.migrationVersionDiffers", file, version, String.join(", ", schemaVersions)));
        }
    }

    /**
     * The rows as {@code rank|version|description|type|script|checksum|success}, in the order
     * installed; not the row Flyway writes when it makes its table (rank -1), which names no migration.
     */
    static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT \"installed_rank\", \"version\", \"description\", "
                        + "\"type\", \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"installed_rank\" >= 1 ORDER BY \"installed_rank\"")) {
            while (row.next()) {
                List<String> parts = new ArrayList<>();
                for (int column = 1; column <= 7; column++) {
                    parts.add(String.valueOf(row.getString(column)));
                }
                rows.add(String.join("|", parts));
            }
        }
        return rows;
    }

    static List<String> expected() {
        try (InputStream in = MigrationHistory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + MigrationHistory.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shown(String row) {
        String text = InputText.printable(row);
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static StoreException refused(LocalizedText text) {
        return new StoreException(StoreException.Kind.SCHEMA, text, null);
    }
}
