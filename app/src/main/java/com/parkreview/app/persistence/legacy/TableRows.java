package com.parkreview.app.persistence.legacy;

import java.util.ArrayList;
import java.util.List;

/** A table while the script is read: its columns from CREATE TABLE, its rows as they come. */
final class TableRows {

    final String name;
    final List<String> columns;
    final List<List<Object>> rows = new ArrayList<>();

    TableRows(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    LegacyTable table() {
        return new LegacyTable(columns, rows);
    }
}
