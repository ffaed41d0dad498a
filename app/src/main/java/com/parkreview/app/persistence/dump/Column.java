package com.parkreview.app.persistence.dump;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of one of ParkReview's tables as the database describes it: its name (lower case), the
 * kind of value it holds, and its size (characters for text, precision and scale for decimals).
 */
public record Column(String name, Kind kind, int size, int scale) {

    /** The kinds of value ParkReview's tables hold. */
    public enum Kind { INTEGER, DECIMAL, TEXT, BOOLEAN, DATE, TIME, TIMESTAMP, INSTANT, UUID }

    /**
     * The columns of a table named in {@link TableCatalog}, in the table's order. The name comes
     * from the catalog, never from a file, so it can stand in the statement.
     */
    public static List<Column> of(Connection connection, TableCatalog.Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table.name() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT),
                        kind(meta.getColumnType(i), meta.getColumnTypeName(i)), meta.getPrecision(i), meta.getScale(i)));
            }
            return columns;
        }
    }

    private static Kind kind(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        if (name.contains("UUID")) {
            return Kind.UUID;
        }
        if (name.equals("TIMESTAMPTZ")) { // PostgreSQL's driver reports it as a plain TIMESTAMP
            return Kind.INSTANT;
        }
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.NCLOB -> Kind.TEXT;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            default -> throw new IllegalStateException("a column type ParkReview does not use: " + typeName);
        };
    }
}
