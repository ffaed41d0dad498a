package com.parkreview.app.persistence.legacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data of a legacy SQL-script backup, read without executing anything: each table the script
 * creates, by its name in lower case ({@code "review_session"}, {@code "flyway_schema_history"}),
 * in the order the script creates them. A table the script does not create is absent; one it
 * creates without rows is there, empty.
 */
public record LegacyBackup(Map<String, LegacyTable> tables) {

    public LegacyBackup {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public Optional<LegacyTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
