package com.parkreview.app.persistence.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog names every table the migrations make, with each table's real key: backups and the journal miss none. */
class TableCatalogTest {

    @TempDir
    Path dir;

    @Test
    void catalogNamesEveryTableOfTheNewestSchema() throws Exception {
        TestSessions.freshDatabase(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview", "")) {
            Set<String> tables = new TreeSet<>(TableRows.present(c));
            tables.remove("flyway_schema_history");
            assertEquals(tables, TableCatalog.tables().stream().map(TableCatalog.Table::name)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void everyTableIsKeyedByItsPrimaryKey() throws Exception {
        try (Database db = TestSessions.freshDatabase(dir)) {
            db.close();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview", "")) {
            for (TableCatalog.Table table : TableCatalog.tables()) {
                Set<String> key = new TreeSet<>();
                try (var columns = c.getMetaData().getPrimaryKeys(null, null, table.name().toUpperCase())) {
                    while (columns.next()) {
                        key.add(columns.getString("COLUMN_NAME").toLowerCase());
                    }
                }
                assertEquals(key, new TreeSet<>(table.key()), table.name());
            }
        }
    }
}
