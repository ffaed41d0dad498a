package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Migrations are never edited once released, and the store knows the newest one it ships. */
class MigrationsTest {

    private static final Path DB = Path.of("src", "main", "resources", "db");
    /** The file's migrations: those both engines share, and H2's own. */
    private static final List<Path> MIGRATIONS = List.of(DB.resolve("common"), DB.resolve("h2"));
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void schemaVersionIsTheNewestMigrationShipped() throws IOException {
        int newest = h2Migrations().stream().map(f -> f.getFileName().toString()).mapToInt(n -> {
            Matcher m = NAME.matcher(n);
            if (!m.matches()) {
                throw new AssertionError("migration name not V<n>__<verb>_<noun>.sql: " + n);
            }
            return Integer.parseInt(m.group(1));
        }).max().orElseThrow();
        int newestJava = Integer.parseInt(RowJournalBaseline.VERSION);
        assertEquals(String.valueOf(Math.max(newest, newestJava)), Migrations.NEWEST);
    }

    /** A released migration's SHA-256; add a line when a migration is released, never change one. */
    @ParameterizedTest(name = "{0} is as released")
    @CsvSource(textBlock = """
            V1__create_review_store.sql, 988d3d55ab8f7e24dfc33d00c6290e92954aeebf842198a03166b70a66514248
            V2__add_offline_exchange.sql, 6e12d7f8490cd0c78533586e0329d9a394341d3dda983bc55483a80a293b9d0a
            V3__add_printed_sheets_and_materials.sql, c11d4546d6e5cdcb581662e49e5197a60a1580bed7bf5c00f73708444a106779
            V5__add_kit_history_head.sql, 0c84e4defe2ff9e521eca1e4e85b9b0faa3b3264f22139ffa20e518463b6bb25
            V6__add_programme_citation.sql, 1bdd3b9e5ec992c493c082e618772d1a68d566a3294e4f55bb6cf979a3af4a46
            V7__add_printed_sheet_history_head.sql, 8f01bb737bf31d1c5113a98582a7b3049956e4bb9d377d30891a3c90f77a1b9c
            """)
    void releasedMigrationIsUnchanged(String name, String sha256) throws Exception {
        Path file = h2Migrations().stream().filter(f -> f.getFileName().toString().equals(name)).findFirst()
                .orElseThrow();
        byte[] content = Files.readAllBytes(file);
        assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    /** Every SQL migration an H2 file runs. */
    private static List<Path> h2Migrations() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : MIGRATIONS) {
            try (Stream<Path> files = Files.list(folder)) {
                all.addAll(files.toList());
            }
        }
        return all;
    }

    /**
     * The server's own migrations are H2's own, version for version, with only what PostgreSQL
     * writes differently: its unbounded text type and its regular-expression match. The rest both run.
     */
    @Test
    void theServersOwnMigrationsAreH2sWithOnlyTheDialectChanged() throws IOException {
        Path h2 = DB.resolve("h2");
        Path server = DB.resolve("postgresql");
        List<String> h2Names;
        List<String> serverNames;
        try (Stream<Path> files = Files.list(h2); Stream<Path> serverFiles = Files.list(server)) {
            h2Names = files.map(f -> f.getFileName().toString()).sorted().toList();
            serverNames = serverFiles.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(h2Names, serverNames);
        for (String name : h2Names) {
            String expected = Files.readString(h2.resolve(name)).replace("CHARACTER LARGE OBJECT", "TEXT")
                    .replaceAll("REGEXP_LIKE\\((\\w+), ('[^']*')\\)", "$1 ~ $2");
            assertEquals(expected, Files.readString(server.resolve(name)), name);
        }
    }
}
