package com.parkreview.app.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * Reads every row of every table, each value as text, so that a page of the file that cannot be
 * read is found on the trial copy ({@link OpeningProbe}) rather than by a command on the real file:
 * a tester's round 23 damaged four bytes of the history's pages; the trial open read one entry and
 * passed, and {@code verify} then met the damage in the real file, which its close rewrote.
 */
final class EveryRowRead {

    /** Table names as ParkReview's migrations make them; any other was refused before (SchemaGuard). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EveryRowRead() {
    }

    /**
     * Each of ParkReview's tables answers by its name: round 26 damaged a file whose schema listed
     * them all while "SCORE_SHEET" could not be found, and the window waited on it for ever.
     */
    static void requireTables(Connection connection, List<String> names) throws SQLException {
        for (String name : names) {
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM PUBLIC.\"" + name + "\"")) {
                count.next();
            }
        }
    }

    static void readAll(Connection connection) throws SQLException {
        readEveryIndex(connection);
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM PUBLIC.\"" + table + "\"")) {
                List<Optional<Class<?>>> types = types(rows.getMetaData());
                while (rows.next()) {
                    for (int column = 1; column <= types.size(); column++) {
                        Object value = rows.getObject(column);
                        Optional<Class<?>> type = types.get(column - 1);
                        if (value != null && type.isPresent() && !type.get().isInstance(value)) {
                            // a value of another type than its column's: H2 stores a type with each value
                            throw new SQLException("table " + table + ", column " + column + " holds a "
                                    + value.getClass().getName() + " where its type is " + type.get().getName(),
                                    "90030", ErrorCode.FILE_CORRUPTED_1);
                        }
                    }
                }
            }
        }
    }

    /**
     * Every index read whole, in its order, each entry with the row it leads to: a damaged index
     * page passed the read of the rows, and the backup, reading in key order, met it in the real
     * file (round 25); so did a read that then waited on a lock no one held. That lock showed only
     * when a row was fetched through the index: the index's own columns read in order passed, and
     * every command then met it on the real file (round 25's offset 220000).
     */
    private static void readEveryIndex(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT index_name, table_name, column_name"
                + " FROM information_schema.index_columns WHERE table_schema = 'PUBLIC'"
                + " ORDER BY index_name, ordinal_position");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String index = rows.getString(1);
                String table = rows.getString(2);
                String column = rows.getString(3);
                if (NAME.matcher(index).matches() && NAME.matcher(table).matches() && NAME.matcher(column).matches()) {
                    tableOf.put(index, table);
                    columns.computeIfAbsent(index, i -> new ArrayList<>()).add("\"" + column + "\"");
                }
            }
        }
        for (Map.Entry<String, List<String>> index : columns.entrySet()) {
            String list = String.join(", ", index.getValue());
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM PUBLIC.\""
                            + tableOf.get(index.getKey()) + "\" USE INDEX (\"" + index.getKey() + "\") ORDER BY " + list)) {
                int width = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= width; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }
    }

    /** The class each column's values are read as (round 23: a damaged timestamp read as a number failed verify). */
    private static List<Optional<Class<?>>> types(ResultSetMetaData columns) throws SQLException {
        List<Optional<Class<?>>> types = new ArrayList<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
            try {
                types.add(Optional.of(Class.forName(columns.getColumnClassName(column))));
            } catch (ClassNotFoundException e) {
                types.add(Optional.empty());
            }
        }
        return types;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
