package com.parkreview.app.persistence.dump;

import java.util.List;
import java.util.Map;

/** A backup read and checked against its manifest: the rows of each table it holds, in file order. */
public record BackupContent(BackupManifest manifest, Map<String, List<Row>> tables) {

    public BackupContent {
        tables = Map.copyOf(tables);
    }

    public List<Row> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }
}
