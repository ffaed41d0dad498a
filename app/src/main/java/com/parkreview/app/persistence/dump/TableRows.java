package com.parkreview.app.persistence.dump;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the rows of ParkReview's tables as {@link Row}s. Table and column names come from
 * {@link TableCatalog} and the database's own description of the table; values travel only as
 * parameters.
 */
public final class TableRows {

    private TableRows() {
    }

    /** The names (lower case) of the tables the database holds: an older schema holds fewer. */
    public static Set<String> present(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), null,
                new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Every row, in key order. */
    public static List<Row> all(Connection connection, TableCatalog.Table table, List<Column> columns)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table.name() + " ORDER BY "
                        + String.join(", ", table.key()))) {
            List<Row> all = new ArrayList<>();
            while (rows.next()) {
                all.add(row(rows, columns));
            }
            return all;
        }
    }

    /** The row with this key (the key columns' values as text), if there is one. */
    public static Optional<Row> find(Connection connection, TableCatalog.Table table, List<Column> columns,
            List<String> key) throws SQLException {
        String where = table.key().stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM " + table.name() + " WHERE " + where)) {
            for (int i = 0; i < key.size(); i++) {
                String name = table.key().get(i);
                Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
                try {
                    ColumnValues.bind(statement, i + 1, column, Optional.of(key.get(i)));
                } catch (ColumnValues.ValueException e) {
                    throw new IllegalArgumentException("a key ParkReview made is not a " + column.kind(), e);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row(rows, columns)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet rows, List<Column> columns) throws SQLException {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        for (Column column : columns) {
            values.put(column.name(), ColumnValues.read(rows, column));
        }
        return new Row(values);
    }
}
