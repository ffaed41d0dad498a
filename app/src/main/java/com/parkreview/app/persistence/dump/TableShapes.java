package com.parkreview.app.persistence.dump;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The columns of each table of one database, asked once: its schema does not change while it is open. */
public final class TableShapes {

    private final Map<String, List<Column>> columns = new ConcurrentHashMap<>();

    public List<Column> columns(Connection connection, TableCatalog.Table table) throws SQLException {
        List<Column> known = columns.get(table.name());
        if (known == null) {
            known = List.copyOf(Column.of(connection, table));
            columns.put(table.name(), known);
        }
        return known;
    }
}
