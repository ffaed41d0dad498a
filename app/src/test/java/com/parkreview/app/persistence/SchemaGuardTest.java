package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.TestSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database file with anything in its schema that ParkReview's migrations do not make (a trigger
 * carrying Java, a function alias, a view, a changed default) is refused before H2 opens it, so
 * nothing it carries runs; a file of any of ParkReview's own schema versions opens.
 */
class SchemaGuardTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources", "com", "parkreview", "app", "persistence");

    @TempDir
    Path dir;

    static IntStream versions() {
        return IntStream.rangeClosed(1, Integer.parseInt(Migrations.NEWEST));
    }

    /** The expected schema of each version is what the migrations make; -Dparkreview.writeSchemas=true rewrites them. */
    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("versions")
    void expectedSchemaIsWhatTheMigrationsMake(int version) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("v" + version));
        migratedTo(file, version, "");
        String made = String.join("\n", SchemaGuard.statements(file.file(), Optional.empty())) + "\n";
        Path expected = RESOURCES.resolve("schema-v" + version + ".txt");
        if (Boolean.getBoolean("parkreview.writeSchemas")) {
            Files.writeString(expected, made, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), made);
    }

    /** Flyway's record as this version's migrations write it; -Dparkreview.writeSchemas=true rewrites it. */
    @Test
    void expectedMigrationHistoryIsWhatTheMigrationsWrite() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("made"));
        migratedTo(file, Integer.parseInt(Migrations.NEWEST), "");
        String made;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            made = String.join("\n", MigrationHistory.rows(c)) + "\n";
        }
        Path expected = RESOURCES.resolve(MigrationHistory.RESOURCE);
        if (Boolean.getBoolean("parkreview.writeSchemas")) {
            Files.writeString(expected, made, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), made);
    }

    /**
     * The attack on Flyway's record, made with plain JDBC on the closed file: each edit is refused
     * at open, naming the row or the version, before any migration runs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a checksum changed                | UPDATE "flyway_schema_history" SET "checksum" = 1 WHERE "version" = '1'                  | its row 1 reads "1|1|create review store|SQL|V1__create_review_store.sql|1|TRUE"
            a description changed             | UPDATE "flyway_schema_history" SET "description" = 'x' WHERE "version" = '3'              | its row 3 reads "3|3|x|SQL|
            a migration marked failed         | UPDATE "flyway_schema_history" SET "success" = FALSE WHERE "version" = '2'                | its row 2 reads "2|2|add offline exchange|SQL|V2__add_offline_exchange.sql|
            an old migration's row deleted    | DELETE FROM "flyway_schema_history" WHERE "version" = '3'                                 | its row 3 reads "4|4|
            the newest migration's row deleted | DELETE FROM "flyway_schema_history" WHERE "version" = '{newest}'                         | ends at version {older}, but the file's schema is that of version {newest}
            a row added                       | INSERT INTO "flyway_schema_history" SELECT "installed_rank" + 1, "version", "description", "type", "script", "checksum", "installed_by", "installed_on", "execution_time", "success" FROM "flyway_schema_history" WHERE "version" = '{newest}' | where ParkReview's migrations write "—"
            """)
    void aMigrationRecordChangedOutsideIsRefusedAtOpen(String name, String sql, String expected) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        TestSessions.freshDatabase(dir).close();
        String newest = Migrations.NEWEST;
        String older = String.valueOf(Integer.parseInt(newest) - 1);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            c.createStatement().execute(sql.replace("{newest}", newest));
        }
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.file()));
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
        assertEquals(StoreException.Kind.SCHEMA, e.kind(), name);
        String message = e.message(Locale.ENGLISH);
        assertTrue(message.startsWith(file + ": Flyway's record of the schema's versions (flyway_schema_history) "), message);
        assertTrue(message.contains(expected.replace("{newest}", newest).replace("{older}", older)), message);
        assertArrayEquals(before, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.file())));
    }

    /** A file of every older version, holding a session, is brought up to date and opens again. */
    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("versions")
    void aFileOfAnOlderVersionIsBroughtUpToDateAndOpensAgain(int version) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("old"));
        migratedTo(file, version, "INSERT INTO review_session (name, review_year, programme_name, "
                + "rubric_name, annual_cap_wan, support_years_limit, score_precision, aggregation_rule, "
                + "expert_threshold, indicator_threshold, created_at) VALUES ('2025 年第一批', 2025, "
                + "'石景山区', 'Table 1', 1500, 3, '0.1', 'mean', 15, 0.3, TIMESTAMP WITH TIME ZONE "
                + "'2025-06-01 09:00:00+08')");
        Database.open(file, OpenOptions.existing().withClock(TestSessions.CLOCK)).close();
        SchemaGuard.check(file.file(), file, Optional.empty());
        try (Database db = Database.open(file, OpenOptions.existing().withClock(TestSessions.CLOCK))) {
            assertEquals("2025 年第一批", db.read(s -> s.sessions().list()).get(0).name());
        }
    }

    @Test
    void theDemonstrationDatabaseAndAWellUsedOneOpen() {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 6, 5);
            for (long applicant : ids.applicants()) {
                TestSessions.signedSheet(db, ids.expert(1), applicant, "77");
            }
        }
        SchemaGuard.check(dir.resolve("test.mv.db"), DatabaseFile.of(dir.resolve("test")), Optional.empty());
    }

    @Test
    void anEncryptedDatabaseIsReadWithItsPassword() {
        char[] password = "秘书的口令".toCharArray();
        DatabaseFile file = DatabaseFile.of(dir.resolve("secret"));
        Database.open(file, OpenOptions.creating().withPassword(password)).close();
        SchemaGuard.check(file.file(), file, Optional.of(password));
        try (Database db = Database.open(file, OpenOptions.existing().withPassword(password))) {
            assertTrue(db.writable());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a trigger carrying Java, run by H2 at open | CREATE TRIGGER PWN AFTER INSERT ON HISTORY FOR EACH ROW AS $$org.h2.api.Trigger create() { try { java.nio.file.Files.writeString(java.nio.file.Path.of("{pwned}"), "x"); } catch (Exception e) {} return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) {} }; }$$
            a function alias of Java code            | CREATE ALIAS PWN AS $$String pwn() { return "x"; }$$
            an alias of a Java method                | CREATE ALIAS EXEC FOR "java.lang.Runtime.getRuntime"
            a view                                   | CREATE VIEW RECENT AS SELECT * FROM HISTORY
            a default that writes a file             | ALTER TABLE HISTORY ALTER COLUMN ACTOR SET DEFAULT FILE_WRITE('x', '{pwned}')
            a check that calls a function            | ALTER TABLE APPLICANT ADD CONSTRAINT PWN CHECK (LENGTH(FILE_READ('/etc/hostname')) > 0)
            a table of its own                       | CREATE TABLE LEDGER(ID INT)
            a second user                            | CREATE USER EVE PASSWORD 'x' ADMIN
            a constant                               | CREATE CONSTANT PWN VALUE 1
            """)
    void aSchemaParkReviewDoesNotMakeIsRefusedBeforeItCanRun(String name, String sql) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        TestSessions.freshDatabase(dir).close();
        Path pwned = dir.resolve("pwned");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            c.createStatement().execute(sql.replace("{pwned}", pwned.toString()));
        }
        Files.deleteIfExists(pwned); // the trigger ran once as it was planted; from here on it must not
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.file()));
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
        assertEquals(StoreException.Kind.SCHEMA, e.kind());
        assertTrue(e.message(Locale.ENGLISH).startsWith(file + " holds something in its schema that ParkReview "
                + "never makes"), e.message(Locale.ENGLISH));
        assertFalse(Files.exists(pwned), "nothing in the file ran");
        assertArrayEquals(before, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.file())));
    }

    /**
     * Rounds 23 and 25: a constraint dropped was said "（—）", then as the SQL that makes it; it is
     * named as the part of the database it is.
     */
    @Test
    void aConstraintDroppedOutsideIsNamedAsTheConstraintOfItsTable() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        TestSessions.freshDatabase(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            c.createStatement().execute("ALTER TABLE SCORE_SHEET DROP CONSTRAINT SHEET_ROUND_UNIQUE");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
        String said = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(said.contains("缺少 ParkReview 建立的部分数据结构（表 SCORE_SHEET 的"), said);
        assertFalse(said.contains("ALTER TABLE") || said.contains("PUBLIC"), said);
    }

    /**
     * Round 27: a column added with H2's shell was said as "constraint APPLICANT_CODE_UNIQUE of
     * table APPLICANT", one of ParkReview's own; a table's columns changed are named as the column.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE APPLICANT ADD COLUMN X INT                           | 表 APPLICANT 的列 X
            ALTER TABLE APPLICANT ALTER COLUMN CONTACT_PHONE SET DEFAULT '1' | 表 APPLICANT 的列 CONTACT_PHONE
            ALTER TABLE APPLICANT DROP COLUMN CONTACT_PHONE                  | 缺少 ParkReview 建立的部分数据结构（表 APPLICANT 的列 CONTACT_PHONE）
            """)
    void aColumnChangedOutsideIsNamedAsTheColumnOfItsTable(String sql, String named) throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        TestSessions.freshDatabase(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            c.createStatement().execute(sql);
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
        String said = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(said.contains(named), said);
        assertFalse(said.contains("约束") || said.contains("ALTER TABLE") || said.contains("PUBLIC"), said);
    }

    /** Round 23: ParkReview's login changed with H2's shell was said as "not a ParkReview database". */
    @Test
    void aLoginChangedOutsideIsSaidSoAndTheFileIsLeftAsItWas() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        TestSessions.freshDatabase(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            c.createStatement().execute("ALTER USER " + H2Url.USER + " SET PASSWORD 'secret'");
        }
        byte[] before = Files.readAllBytes(file.file());
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertTrue(e.message(Locale.ENGLISH).startsWith("The database file " + file + " is ParkReview's, but ParkReview "
                + "can no longer log in to it: its user or password was changed outside ParkReview."), e.message(Locale.ENGLISH));
        assertArrayEquals(before, Files.readAllBytes(file.file()));
    }

    @Test
    void theGuardReadsWithoutRunningAnything() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        TestSessions.freshDatabase(dir).close();
        Path pwned = dir.resolve("pwned");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), H2Url.USER, "")) {
            c.createStatement().execute("CREATE TRIGGER PWN AFTER INSERT ON HISTORY FOR EACH ROW AS $$org.h2.api.Trigger "
                    + "create() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + pwned + "\"), \"x\"); "
                    + "} catch (Exception e) {} return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) {} }; }$$");
        }
        Files.deleteIfExists(pwned);
        List<String> statements = SchemaGuard.statements(file.file(), Optional.empty());
        assertTrue(statements.stream().anyMatch(s -> s.startsWith("CREATE FORCE TRIGGER")), statements.toString());
        assertFalse(Files.exists(pwned));
    }

    /** A new file migrated to the version only, as that version of ParkReview made it, with the SQL run in it. */
    private static void migratedTo(DatabaseFile file, int version, String sql) throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(H2Url.of(file, OpenOptions.creating(), false));
        source.setUser(H2Url.USER);
        source.setPassword("");
        try (Connection keeper = source.getConnection()) {
            Migrations.migrate(source, TestSessions.CLOCK, Optional.of(String.valueOf(version)));
            if (!sql.isEmpty()) {
                keeper.createStatement().execute(sql);
            }
            keeper.createStatement().execute("SHUTDOWN");
        }
    }
}
