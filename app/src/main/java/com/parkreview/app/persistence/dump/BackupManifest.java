package com.parkreview.app.persistence.dump;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a backup says of itself ({@code manifest.json}): its format and version, the schema
 * version of the database it was made from, when, from which file, the newest history entry it
 * holds, and per table the number of rows and the SHA-256 of its part ({@code tables/<name>.jsonl}).
 */
public record BackupManifest(int formatVersion, String schemaVersion, Instant createdAt, String database,
        Optional<Head> historyHead, List<Part> tables) {

    public static final String FORMAT = "parkreview-backup";
    public static final int VERSION = 1;
    public static final String ENTRY = "manifest.json";

    /** The newest history entry: its sequence number and hash. */
    public record Head(long seq, String hash) {
    }

    /** One table's part. */
    public record Part(String table, long rows, String sha256) {

        public String entry() {
            return "tables/" + table + ".jsonl";
        }
    }

    public BackupManifest {
        tables = List.copyOf(tables);
    }
}
