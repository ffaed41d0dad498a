package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.BackupZip;
import com.parkreview.app.testing.TestSessions;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A backup handed to restore is data, never code: every file an attacker could make of one is
 * refused with its reason, the database stays byte for byte as it was, and no file is left behind.
 */
class BackupAttacksTest {

    @TempDir
    Path dir;

    private DatabaseFile file;
    private long sheet;
    private BackupZip backup;

    @BeforeEach
    void databaseWithABackup() throws Exception {
        file = DatabaseFile.of(dir.resolve("test"));
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 2, 3);
            new ScoringService(db).declareRecusal(TestSessions.SECRETARY, ids.expert(2), ids.applicant(2), "曾任顾问");
            sheet = TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
            backup = BackupZip.read(db.backup());
        }
    }

    @Test
    void ownBackupRestoresWholeVerifiesAndRecordsTheRestore() throws Exception {
        Path written = dir.resolve("own.zip");
        Files.write(written, backup.bytes());
        Optional<Path> kept = Restore.from(file, written, OpenOptions.existing(), TestSessions.SECRETARY);
        assertTrue(Files.isRegularFile(kept.orElseThrow()));
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertEquals(Optional.of(new BigDecimal("5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
            assertTrue(db.read(s -> s.history().verify()).intact());
            HistoryEntry last = db.read(s -> s.history().latest(1)).get(0);
            assertEquals("restore", last.action());
            assertEquals("own.zip", last.entityId());
        }
        assertEquals(List.of(), leftovers());
    }

    static Stream<Arguments> tampered() {
        return Stream.of(
                attack("a part changed, its hash in the manifest not", z -> z.replaceIn("tables/sheet_score.jsonl",
                        "\"score\":\"5\"", "\"score\":\"4.5\""),
                        "tables/sheet_score.jsonl was changed after the backup was written"),
                attack("a part changed and the manifest's hash made to match", z -> z.replaceIn(
                        "tables/sheet_score.jsonl", "\"score\":\"5\"", "\"score\":\"4.5\"").rehash(),
                        "its data does not match its own history"),
                attack("a row deleted, counts and hashes made to match", z -> z.dropLine("tables/recusal.jsonl", 0)
                        .dropLine("tables/sheet_score.jsonl", 0).rehash(), "does not match its own history"),
                attack("a file the backup does not have", z -> z.put("run.sh", "rm -rf ~"),
                        "it holds run.sh, which a ParkReview backup does not have"),
                attack("a path out of the folder", z -> z.put("tables/../../evil.jsonl", "{}\n"),
                        "which a ParkReview backup does not have"),
                attack("no manifest", z -> z.remove("manifest.json"), "it has no manifest.json"),
                attack("a table that is not ParkReview's", z -> z.replaceIn("manifest.json",
                        "\"name\" : \"recusal\"", "\"name\" : \"pg_shadow\""), "names a table ParkReview does not have"),
                attack("a newer schema", z -> z.replaceIn("manifest.json", "\"schemaVersion\" : \"" + Migrations.NEWEST + "\"",
                        "\"schemaVersion\" : \"99\""), "made by a newer ParkReview (schema version 99"),
                attack("a newer format", z -> z.replaceIn("manifest.json", "\"version\" : 1", "\"version\" : 2"),
                        "newer backup format"),
                attack("a column name carrying SQL", z -> z.replaceIn("tables/recusal.jsonl", "\"reason\":",
                        "\"reason\\\" = 1; DROP TABLE history; --\":\"x\",\"reason\":").rehash(),
                        "columns that do not belong: reason\" = 1; DROP TABLE history; --"),
                attack("an exponent for a decimal", z -> z.replaceIn("tables/sheet_score.jsonl", "\"score\":\"5\"",
                        "\"score\":\"1e400\"").rehash(), "column score: \"1e400\" is not a decimal number"),
                attack("a negative zero score", z -> z.replaceIn("tables/sheet_score.jsonl", "\"score\":\"5\"",
                        "\"score\":\"-0\"").rehash(), "column score: \"-0\" is not a decimal number"),
                attack("a negative zero amount", z -> z.replaceIn("tables/applicant.jsonl", "\"received_wan\":\"0\"",
                        "\"received_wan\":\"-0.0\"").rehash(), "column received_wan: \"-0.0\" is not a decimal number"),
                attack("a negative zero id", z -> z.replaceIn("tables/recusal.jsonl", "\"expert_id\":\"",
                        "\"expert_id\":\"-0").rehash(), "is not a whole number"),
                attack("a control character in a text", z -> z.replaceIn("tables/recusal.jsonl", "\"reason\":\"",
                        "\"reason\":\"\\u001b[2J").rehash(), "column reason: character 1, U+001B, is a control character"),
                attack("a value that is an object", z -> z.replaceIn("tables/recusal.jsonl", "\"reason\":\"曾任顾问\"",
                        "\"reason\":{\"a\":\"曾任顾问\"}").rehash(),
                        "tables/recusal.jsonl, line 1: column reason is neither text nor null"),
                attack("the rows end before the head the manifest names", z -> z.dropLastLine("tables/history.jsonl")
                        .rehash(), "it was changed after it was written"),
                attack("no history at all", z -> z.emptyAll().rehash(), "it holds no history at all"),
                attack("a key given twice", z -> z.duplicateLine("tables/recusal.jsonl", 0).rehash(),
                        "table recusal, row 2: the row breaks a rule of the database"),
                attack("a row count that is not the part's", z -> z.replaceIn("manifest.json", "\"rows\" : 1,",
                        "\"rows\" : 7,"), "should hold 7 rows and holds 1"));
    }

    private static Arguments attack(String name, Consumer<BackupZip> change, String expected) {
        return Arguments.of(name, change, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampered")
    void tamperedBackupIsRefusedAndTheDatabaseStaysAsItWas(String name, Consumer<BackupZip> change, String expected)
            throws Exception {
        change.accept(backup);
        assertRefused(backup.bytes(), expected);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(new byte[0], "the file is empty");
    }

    @Test
    void fileThatIsNotAZipIsRefused() throws Exception {
        assertRefused("SELECT 1;".getBytes(StandardCharsets.UTF_8), "it is not a ParkReview backup");
    }

    /**
     * A copy or download that stopped: its first parts may read whole (the first is a table with no
     * rows), or every part may (only the zip's directory at its end is gone).
     */
    @ParameterizedTest(name = "{0} bytes kept")
    @ValueSource(strings = {"10", "100", "half", "all but 30", "all but 1"})
    void zipCutShortIsRefused(String kept) throws Exception {
        byte[] whole = backup.bytes();
        int length = switch (kept) {
            case "half" -> whole.length / 2;
            case "all but 30" -> whole.length - 30;
            case "all but 1" -> whole.length - 1;
            default -> Integer.parseInt(kept);
        };
        assertRefused(java.util.Arrays.copyOf(whole, length), "the zip file is damaged or cut short");
    }

    @Test
    void zipHoldingOnlyAFolderIsRefusedAsHoldingNothing() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("tables/"));
            zip.closeEntry();
        }
        assertRefused(bytes.toByteArray(), "the zip file holds nothing that can be read");
    }

    @Test
    void zipBombIsRefusedWithoutUnpackingIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("tables/history.jsonl"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 1 << 20, "300 MB compress to " + out.size() + " bytes");
        assertRefused(out.toByteArray(), "it unpacks to more than 256 MB");
    }

    @Test
    void sqlScriptThatWritesAFileOrDefinesJavaIsNeverRun() throws Exception {
        Path target = dir.resolve("pwned.txt");
        String script = "CREATE ALIAS RUN AS $$ String run(String f) throws Exception { java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(f), \"x\"); return f; } $$;\nCALL RUN('" + target + "');\n"
                + "CALL FILE_WRITE(STRINGTOUTF8('x'), '" + target + "');\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write(script.getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(out.toByteArray(), "SQL-script backup of an earlier ParkReview, read as data and never run, "
                + "and its line 1 is not what ParkReview wrote");
        assertFalse(Files.exists(target), "nothing in the script ran");
    }

    @Test
    void sqlScriptBackupOfAnEarlierVersionIsRestoredAsData() throws Exception {
        Path script = dir.resolve("legacy.zip");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), "parkreview", "");
                PreparedStatement statement = c.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            statement.setString(1, script.toString());
            statement.execute();
        }
        Restore.from(file, script, OpenOptions.existing(), TestSessions.SECRETARY);
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertEquals(Optional.of(new BigDecimal("5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
            assertTrue(db.read(s -> s.history().verify()).intact());
            assertEquals("legacy.zip", db.read(s -> s.history().latest(1)).get(0).entityId());
        }
    }

    private void assertRefused(byte[] bytes, String expected) throws Exception {
        Path handed = dir.resolve("handed.zip");
        Files.write(handed, bytes);
        byte[] before = sha256(file.file());
        StoreException e = assertThrows(StoreException.class,
                () -> Restore.from(file, handed, OpenOptions.existing(), TestSessions.SECRETARY));
        String message = e.message(Locale.ENGLISH);
        assertEquals(StoreException.Kind.REFUSED, e.kind(), message);
        assertTrue(message.startsWith("The backup handed.zip is not restored: "), message);
        assertTrue(message.contains(expected), message);
        assertArrayEquals(before, sha256(file.file()), "the database must be left as it was");
        assertEquals(List.of(), leftovers());
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    /** Files in the folder other than the database, its marker, its backups and the file handed in. */
    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("test.mv.db") && !n.equals("test.head") && !n.startsWith("test.backup-")
                            && !n.startsWith("test.before-restore-") && !n.endsWith(".zip"))
                    .toList();
        }
    }

    private static byte[] sha256(Path path) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
    }
}
