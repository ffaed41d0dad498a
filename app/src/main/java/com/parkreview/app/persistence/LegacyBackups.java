package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.BackupManifest;
import com.parkreview.app.persistence.dump.BackupRefusedException;
import com.parkreview.app.persistence.dump.ColumnValues;
import com.parkreview.app.persistence.dump.Row;
import com.parkreview.app.persistence.legacy.LegacyBackup;
import com.parkreview.app.persistence.legacy.LegacyScriptException;
import com.parkreview.app.persistence.legacy.LegacyScriptReader;
import com.parkreview.app.persistence.legacy.LegacyTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backups written by ParkReview before version 4 of its schema: an SQL script in a zip. The script
 * is never run (a changed one could write files or define Java code); {@link LegacyScriptReader}
 * takes the rows out of its INSERT statements as data, and they are restored like those of a
 * current backup: inserted as parameters into the schema version the script came from, then
 * migrated and verified.
 */
final class LegacyBackups {

    private static final String FLYWAY = "flyway_schema_history";

    private LegacyBackups() {
    }

    static BackupContent content(byte[] script) throws BackupRefusedException {
        LegacyBackup backup;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(script), decoder)) {
            backup = LegacyScriptReader.parse(reader, LegacyScriptReader.Limits.DEFAULTS);
        } catch (LegacyScriptException e) {
            throw new BackupRefusedException(e.line() > 0 ? AppText.of("backup.legacyLine", e.line(), e.problem())
                    : AppText.of("backup.legacyFile", e.problem()));
        } catch (IOException e) {
            throw new BackupRefusedException(AppText.of("backup.legacyFile", AppText.of("legacy.notUtf8")));
        }
        String version = schemaVersion(backup).orElseThrow(
                () -> new BackupRefusedException(AppText.of("backup.legacyFile", AppText.of("legacy.noVersion"))));
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        backup.tables().forEach((name, table) -> {
            if (!name.equals(FLYWAY)) {
                tables.put(name, rows(table));
            }
        });
        BackupManifest manifest = new BackupManifest(BackupManifest.VERSION, version, Instant.EPOCH, "",
                Optional.empty(), List.of());
        return new BackupContent(manifest, tables);
    }

    /** The newest successful migration Flyway recorded in the script. */
    private static Optional<String> schemaVersion(LegacyBackup backup) {
        Optional<LegacyTable> flyway = backup.table(FLYWAY);
        if (flyway.isEmpty()) {
            return Optional.empty();
        }
        int version = flyway.get().columns().indexOf("version");
        int success = flyway.get().columns().indexOf("success");
        return flyway.get().rows().stream()
                .filter(row -> Boolean.TRUE.equals(row.get(success)) && row.get(version) instanceof String)
                .map(row -> (String) row.get(version))
                .filter(v -> v.matches("[1-9][0-9]{0,3}"))
                .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    }

    private static List<Row> rows(LegacyTable table) {
        List<Row> rows = new ArrayList<>();
        for (List<Object> values : table.rows()) {
            Map<String, Optional<String>> row = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                Object value = values.get(i);
                row.put(table.columns().get(i), Optional.ofNullable(value).map(ColumnValues::text));
            }
            rows.add(new Row(row));
        }
        return rows;
    }
}
