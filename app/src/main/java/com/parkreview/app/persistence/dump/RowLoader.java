package com.parkreview.app.persistence.dump;

import com.parkreview.app.AppText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Puts a backup's rows into a fresh database whose schema is the backup's version: table by table
 * in {@link TableCatalog}'s order, each value read strictly for its column ({@link ColumnValues})
 * and inserted as a parameter; the database's own rules (keys, references, checks) then hold for
 * every row. Table and column names in the statements are the schema's, never the file's.
 */
public final class RowLoader {

    /** Tables whose {@code id} the database generates: after the load it continues above the highest. */
    private static final List<String> GENERATED_IDS =
            List.of("review_session", "applicant", "expert", "score_sheet", "deviation_flag");

    private RowLoader() {
    }

    public static void load(Connection connection, BackupContent content) throws SQLException, BackupRefusedException {
        TableShapes shapes = new TableShapes();
        Set<String> inSchema = new TreeSet<>();
        Set<String> present = TableRows.present(connection);
        for (TableCatalog.Table table : TableCatalog.tables()) {
            if (!present.contains(table.name())) {
                continue;
            }
            inSchema.add(table.name());
            if (!content.tables().containsKey(table.name())) {
                throw new BackupRefusedException(AppText.of("backup.partMissing", "tables/" + table.name() + ".jsonl"));
            }
            load(connection, table, shapes.columns(connection, table), content.rows(table.name()));
        }
        for (String table : content.tables().keySet()) {
            if (!inSchema.contains(table)) {
                throw new BackupRefusedException(AppText.of("backup.tableNotInVersion", table,
                        content.manifest().schemaVersion()));
            }
        }
        for (String table : GENERATED_IDS) {
            restartIdentity(connection, table);
        }
    }

    private static void load(Connection connection, TableCatalog.Table table, List<Column> columns, List<Row> rows)
            throws SQLException, BackupRefusedException {
        Set<String> names = columns.stream().map(Column::name).collect(Collectors.toCollection(TreeSet::new));
        String sql = "INSERT INTO " + table.name() + " (" + columns.stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int line = 0;
            for (Row row : rows) {
                line++;
                if (!new TreeSet<>(row.values().keySet()).equals(names)) {
                    Set<String> odd = new TreeSet<>(row.values().keySet());
                    odd.removeAll(names);
                    Set<String> missing = new TreeSet<>(names);
                    missing.removeAll(row.values().keySet());
                    throw new BackupRefusedException(AppText.of("backup.columns", table.name(), line,
                            odd.isEmpty() ? "—" : Shown.value(String.join(", ", odd)),
                            missing.isEmpty() ? "—" : String.join(", ", missing)));
                }
                bind(statement, table, columns, row, line);
                try {
                    statement.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        throw new BackupRefusedException(AppText.of("backup.rowBreaksRule", table.name(), line));
                    }
                    if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                        throw new BackupRefusedException(AppText.of("backup.rowOutOfRange", table.name(), line));
                    }
                    throw e;
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, TableCatalog.Table table, List<Column> columns, Row row,
            int line) throws SQLException, BackupRefusedException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Optional<String> value = row.get(column.name());
            try {
                ColumnValues.bind(statement, i + 1, column, value);
            } catch (ColumnValues.ValueException e) {
                throw new BackupRefusedException(AppText.of("backup.value", table.name(), line, e.text()));
            }
        }
    }

    /**
     * The next generated id follows the highest loaded and the highest the history's row journal
     * ever gave out (a deleted row's too: verify's identity check asks the same); a long computed
     * here, not text from the file.
     */
    private static void restartIdentity(Connection connection, String table) throws SQLException {
        long next;
        try (var statement = connection.prepareStatement("SELECT GREATEST(COALESCE((SELECT MAX(id) FROM " + table
                + "), 0), COALESCE((SELECT MAX(CASE WHEN REGEXP_LIKE(entity_id, '^[0-9]{1,18}$') THEN CAST(entity_id "
                + "AS BIGINT) END) FROM history WHERE entity = ? AND action IN ('row', 'baseline')), 0)) + 1")) {
            statement.setString(1, table);
            try (var max = statement.executeQuery()) {
                max.next();
                next = max.getLong(1);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
