package com.parkreview.app.persistence.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.legacy.LegacyScriptReader.Limits;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs made to exhaust the reader are refused within its limits, quickly, and so are files that are not one ZIP of one script. */
class LegacyScriptLimitsTest {

    @TempDir
    Path dir;

    @Test
    void zipBombOf300MegabytesIsRefusedAtTheScriptLimit() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        byte[] line = ("-- " + "x".repeat(96) + "\n").getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(LegacyScriptReader.ENTRY));
            zip.write(LegacyScriptRefusalTest.GENUINE.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 300L << 20; written += line.length) {
                zip.write(line);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 5L << 20, Files.size(bomb) + " bytes");

        long start = System.nanoTime();
        LegacyScriptException e = assertThrows(LegacyScriptException.class, () -> LegacyScriptReader.read(bomb, Limits.DEFAULTS));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("legacy.tooLarge", e.problem().key(), e.getMessage());
        assertTrue(e.line() > 2_000_000, e.getMessage());
        assertTrue(took.toSeconds() < 30, "refused after " + took);
    }

    @Test
    void endlessStatementIsRefusedAtTheStatementLimit() {
        Reader rows = endless(LegacyScriptRefusalTest.GENUINE + LegacyScriptRefusalTest.ROWS, "(1, 'B', U&'\\4f18', 1.00, 0.1000),\n");
        assertRefused("legacy.statementTooLong", () -> LegacyScriptReader.parse(rows, Limits.DEFAULTS));
    }

    static Stream<Arguments> endlessInputs() {
        return Stream.of(
                Arguments.of("nested comments", "", "/*", "legacy.commentNested"),
                Arguments.of("endless block comment", "/*", "x", "legacy.commentTooLong"),
                Arguments.of("endless line comment", "--", "x", "legacy.commentTooLong"),
                Arguments.of("endless text value", "INSERT INTO \"PUBLIC\".\"SESSION_TIER\" VALUES (1, '", "x", "legacy.literalTooLong"),
                Arguments.of("endless quoted name", "CREATE INDEX \"", "x", "legacy.literalTooLong"),
                Arguments.of("endless number", "INSERT INTO \"PUBLIC\".\"SESSION_TIER\" VALUES (1", "0", "legacy.number"),
                Arguments.of("endless empty statements", "", ";\n", "legacy.tooLarge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endlessInputs")
    void endlessInputIsRefusedWithinItsLimit(String what, String head, String repeated, String problem) {
        Limits small = new Limits(4 << 20, 1 << 20, 64 << 10, 1_000, 4 << 10, 1);
        assertRefused(problem, () -> LegacyScriptReader.parse(endless(LegacyScriptRefusalTest.GENUINE + head, repeated), small));
    }

    @Test
    void rowsBeyondTheLimitAreRefused() {
        Limits three = new Limits(1 << 20, 1 << 20, 1 << 10, 3, 1 << 10, 1);
        String script = LegacyScriptRefusalTest.GENUINE + LegacyScriptRefusalTest.ROWS + "(2, 'B', 'b', 1.00, 0.1000),\n"
                + "(3, 'C', 'c', 1.00, 0.1000),\n(4, 'D', 'd', 1.00, 0.1000);\n";
        LegacyScriptException e = assertRefused("legacy.rows", () -> LegacyScriptReader.parse(new StringReader(script), three));
        assertEquals(18, e.line(), "the fourth row");
    }

    @Test
    void zipOfTwoFilesIsRefused() throws Exception {
        Path zip = zip(List.of(LegacyScriptReader.ENTRY, "evil.sql"));
        assertEquals(0, assertRefused("legacy.entries", () -> LegacyScriptReader.read(zip, Limits.DEFAULTS)).line());
    }

    @Test
    void zipOfAnotherFileIsRefused() throws Exception {
        Path zip = zip(List.of("../script.sql"));
        assertRefused("legacy.entries", () -> LegacyScriptReader.read(zip, Limits.DEFAULTS));
        Path empty = zip(List.of());
        assertRefused("legacy.entries", () -> LegacyScriptReader.read(empty, Limits.DEFAULTS));
    }

    @Test
    void fileThatIsNoZipIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("backup.zip"), LegacyScriptRefusalTest.GENUINE);
        assertRefused("legacy.notZip", () -> LegacyScriptReader.read(text, Limits.DEFAULTS));
        assertRefused("legacy.unreadable", () -> LegacyScriptReader.read(dir.resolve("missing.zip"), Limits.DEFAULTS));
    }

    @Test
    void scriptThatIsNoUtf8IsRefused() throws Exception {
        Path zip = dir.resolve("latin1.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(LegacyScriptReader.ENTRY));
            out.write("-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        assertRefused("legacy.notUtf8", () -> LegacyScriptReader.read(zip, Limits.DEFAULTS));
    }

    /**
     * An encrypted backup as H2 writes one (SCRIPT ... CIPHER AES; with COMPRESSION ZIP too, as
     * earlier versions asked, H2 2.5 refuses to write it: "Unsupported compression algorithm").
     */
    @Test
    void encryptedBackupIsRefusedAsEncrypted() throws Exception {
        Path encrypted = dir.resolve("secret.backup.zip");
        try (Connection jdbc = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("secret") + ";CIPHER=AES",
                "parkreview", "园区2026 ");
                PreparedStatement script = jdbc.prepareStatement("SCRIPT TO ? CIPHER AES PASSWORD ?")) {
            jdbc.createStatement().execute("CREATE TABLE review_session(id BIGINT)");
            script.setString(1, encrypted.toString());
            script.setString(2, "园区2026");
            script.execute();
        }
        assertEquals(0, assertRefused("legacy.encrypted", () -> LegacyScriptReader.read(encrypted, Limits.DEFAULTS)).line());
    }

    private static LegacyScriptException assertRefused(String problem, org.junit.jupiter.api.function.Executable read) {
        long start = System.nanoTime();
        LegacyScriptException e = assertThrows(LegacyScriptException.class, read);
        assertEquals(problem, e.problem().key(), e.getMessage());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return e;
    }

    private Path zip(List<String> entries) throws Exception {
        Path zip = Files.createTempFile(dir, "backup", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(LegacyScriptRefusalTest.GENUINE.getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    /** The head, then the body again and again, never ending; nothing is kept. */
    static Reader endless(String head, String body) {
        return new Reader() {
            private final String text = head;
            private long position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++, position++) {
                    buffer[offset + i] = position < text.length() ? text.charAt((int) position)
                            : body.charAt((int) ((position - text.length()) % body.length()));
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
    }
}
