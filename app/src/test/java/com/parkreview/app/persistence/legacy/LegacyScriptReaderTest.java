package com.parkreview.app.persistence.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.legacy.LegacyScriptReader.Limits;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Genuine backups, as earlier versions wrote them with H2's SCRIPT, read back without running them. */
class LegacyScriptReaderTest {

    @TempDir
    Path dir;

    @Test
    void demoBackupReadsBackEveryTableAsTheDatabaseHoldsIt() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("demo"));
        DemoDatabase.openDefault(file).close();
        Path backup = script(file.base(), dir.resolve("demo.backup.zip"));
        LegacyBackup read = LegacyScriptReader.read(backup, Limits.DEFAULTS);

        assertEquals(LegacyScriptReader.TABLES, read.tables().keySet());
        try (Connection jdbc = connect(file.base())) {
            for (var table : read.tables().entrySet()) {
                List<List<Object>> held = rows(jdbc, table.getKey());
                assertEquals(columns(jdbc, table.getKey()), table.getValue().columns(), table.getKey());
                assertEquals(sorted(held), sorted(table.getValue().rows()), table.getKey());
            }
        }
        assertEquals(1414, read.tables().get("history").rows().size());
        assertEquals(351, read.tables().get("sheet_score").rows().size());

        List<Object> session = read.table("review_session").orElseThrow().rows().get(0);
        assertEquals(1L, session.get(0));
        assertTrue(((String) session.get(1)).startsWith("2026年度"), (String) session.get(1));
        assertEquals(LocalDate.of(2026, 11, 20), session.get(3));
        assertEquals(new BigDecimal("1500.000000"), session.get(7));
        assertEquals(ZoneOffset.UTC, ((OffsetDateTime) session.get(17)).getOffset());
        assertTrue(read.table("applicant").orElseThrow().rows().stream().allMatch(r -> r.get(10) instanceof LocalTime));
        assertTrue(read.table("expert").orElseThrow().rows().stream().allMatch(r -> r.get(6) instanceof Boolean));
        LegacyTable flyway = read.table("flyway_schema_history").orElseThrow();
        assertEquals(List.of("installed_rank", "version"), flyway.columns().subList(0, 2));
        assertEquals(Database.SCHEMA_VERSION, flyway.rows().get(flyway.rows().size() - 1).get(1));
        assertTrue(flyway.rows().get(0).get(7) instanceof LocalDateTime);
    }

    @Test
    void versionOneBackupHasOnlyVersionOnesTablesAndSaysItsVersion() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/schema-v1.mv.db"), dir.resolve("old.mv.db"));
        Path backup = script(dir.resolve("old"), dir.resolve("old.zip"));

        LegacyBackup read = LegacyScriptReader.read(backup, Limits.DEFAULTS);

        assertFalse(read.tables().containsKey("expert_kit"));
        assertFalse(read.tables().containsKey("printed_sheet"));
        assertEquals(List.of("1"), read.tables().get("flyway_schema_history").rows().stream()
                .map(r -> r.get(1)).filter(v -> v != null).toList());
        assertEquals(484, read.tables().get("history").rows().size());
        assertEquals(27, read.tables().get("score_sheet").rows().size());
    }

    @Test
    void longTextsComeBackWholeFromTheirParts() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("demo"));
        DemoDatabase.openDefault(file).close();
        StringBuilder big = new StringBuilder();
        while (big.length() < 100_000) {
            big.append("第").append(big.length()).append("行 it's a \\ back'slash\n\t");
        }
        big.insert(4095, "😀"); // H2 cuts parts at 4096 chars: between the two halves of this one
        String canonical = big.toString();
        String history = "新值 " + canonical.substring(0, 60_000) + "\u0001";
        UUID kit = UUID.fromString("a17b1c36-2ddd-410d-9046-c69080cf4607");
        try (Connection jdbc = connect(file.base())) {
            update(jdbc, "INSERT INTO printed_sheet (code, kind, session_id, applicant_id, expert_id, round, "
                    + "canonical_text, printed_at, printed_by) VALUES ('0123456789ab', 'results', 1, NULL, NULL, 1, ?, "
                    + "TIMESTAMP WITH TIME ZONE '2026-12-04 15:19:01.5+08', 'me')", canonical);
            update(jdbc, "INSERT INTO history VALUES (99999, CURRENT_TIMESTAMP, 'a', 'b', 'c', 'd', '', "
                    + "'old 😀', ?, REPEAT('0', 64), REPEAT('1', 64))", history);
            update(jdbc, "INSERT INTO expert_kit VALUES (?, 1, 1, CURRENT_TIMESTAMP)", kit);
        }
        Path backup = script(file.base(), dir.resolve("big.zip"));
        String written = entryText(backup);
        assertTrue(written.contains("SYSTEM_COMBINE_CLOB(1)"), "H2 wrote the long texts in parts");
        assertTrue(written.contains("\\d83d', NULL);"), "a part ends in the first half of the emoji");

        LegacyBackup read = LegacyScriptReader.read(backup, Limits.DEFAULTS);

        List<Object> sheet = read.table("printed_sheet").orElseThrow().rows().get(0);
        assertEquals(canonical, sheet.get(6));
        assertEquals(OffsetDateTime.parse("2026-12-04T15:19:01.5+08:00"), sheet.get(7));
        List<Object> entry = read.table("history").orElseThrow().rows().stream()
                .filter(r -> r.get(0).equals(99999L)).findFirst().orElseThrow();
        assertEquals("old 😀", entry.get(7));
        assertEquals(history, entry.get(8));
        assertEquals(kit, read.table("expert_kit").orElseThrow().rows().get(0).get(0));
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                Arguments.of("1", 1L),
                Arguments.of("-1251247915", -1251247915L),
                Arguments.of("9223372036854775808", new BigDecimal("9223372036854775808")),
                Arguments.of("1500.000000", new BigDecimal("1500.000000")),
                Arguments.of("-0.50", new BigDecimal("-0.50")),
                Arguments.of("'it''s'", "it's"),
                Arguments.of("''", ""),
                Arguments.of("U&'\\5e74\\5ea6 \\\\ \\+01f600 it''s\\000a'", "年度 \\ 😀 it's\n"),
                Arguments.of("DATE '2026-11-20'", LocalDate.of(2026, 11, 20)),
                Arguments.of("TIME '09:30:00'", LocalTime.of(9, 30)),
                Arguments.of("TIME '09:30:00.25'", LocalTime.of(9, 30, 0, 250_000_000)),
                Arguments.of("TIMESTAMP '2026-12-04 15:19:01.568029'", LocalDateTime.parse("2026-12-04T15:19:01.568029")),
                Arguments.of("TIMESTAMP WITH TIME ZONE '2026-12-04 15:19:01.912607+00'",
                        OffsetDateTime.parse("2026-12-04T15:19:01.912607Z")),
                Arguments.of("TIMESTAMP WITH TIME ZONE '2026-12-04 15:19:01-03:30'",
                        OffsetDateTime.parse("2026-12-04T15:19:01-03:30")),
                Arguments.of("UUID 'a17b1c36-2ddd-410d-9046-c69080cf4607'",
                        UUID.fromString("a17b1c36-2ddd-410d-9046-c69080cf4607")),
                Arguments.of("TRUE", true),
                Arguments.of("FALSE", false),
                Arguments.of("NULL", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void eachLiteralFormBecomesItsJavaValue(String literal, Object expected) throws Exception {
        assertEquals(expected, only(literal));
    }

    @Test
    void binaryLiteralBecomesBytes() throws Exception {
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x7f}, (byte[]) only("X'00ff7F'"));
    }

    @Test
    void columnListPutsTheValuesInTheTablesOrder() throws Exception {
        LegacyBackup read = LegacyScriptReader.parse(new StringReader("""
                CREATE MEMORY TABLE "PUBLIC"."SESSION_TIER"("SESSION_ID" BIGINT, "CODE" VARCHAR(30), "LABEL" VARCHAR(30));
                INSERT INTO "PUBLIC"."SESSION_TIER"("LABEL", "SESSION_ID", "CODE") VALUES ('l', 1, 'c'), ('m', 2, 'd');
                """), Limits.DEFAULTS);
        assertEquals(List.of(List.of(1L, "c", "l"), List.of(2L, "d", "m")), read.tables().get("session_tier").rows());
    }

    /** Every table the migrations create may come back, and Flyway's history; no other. */
    @Test
    void theTablesTakenAreThoseTheMigrationsCreate() throws Exception {
        List<String> created = new ArrayList<>(List.of("flyway_schema_history"));
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("common", "h2")) {
            try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db", folder))) {
                all.addAll(migrations.toList());
            }
        }
        for (Path migration : all) {
            Matcher table = Pattern.compile("CREATE TABLE (\\w+)").matcher(Files.readString(migration));
            while (table.find()) {
                created.add(table.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertEquals(LegacyScriptReader.TABLES, java.util.Set.copyOf(created));
    }

    private static Object only(String literal) throws LegacyScriptException {
        String script = "CREATE CACHED TABLE \"PUBLIC\".\"EXPERT_KEY\"(\"V\" CHARACTER VARYING);\n"
                + "INSERT INTO \"PUBLIC\".\"EXPERT_KEY\" VALUES\n(" + literal + ");\n";
        return LegacyScriptReader.parse(new StringReader(script), Limits.DEFAULTS)
                .tables().get("expert_key").rows().get(0).get(0);
    }

    static Connection connect(Path base) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "parkreview", "");
    }

    /**
     * A backup as earlier versions made them: Backups.script's statement for a database without a
     * password (run here, so that these tests keep reading the old format whatever Backups writes).
     */
    static Path script(Path base, Path target) throws Exception {
        try (Connection jdbc = connect(base); PreparedStatement script = jdbc.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            script.setString(1, target.toString());
            script.execute();
        }
        return target;
    }

    private static String entryText(Path zip) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry("script.sql")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void update(Connection jdbc, String sql, Object value) throws Exception {
        try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
            statement.setObject(1, value);
            statement.executeUpdate();
        }
    }

    private static String quoted(String table) {
        return table.equals("flyway_schema_history") ? "\"" + table + "\"" : table;
    }

    private static List<String> columns(Connection jdbc, String table) throws Exception {
        try (ResultSet rs = jdbc.createStatement().executeQuery("SELECT * FROM " + quoted(table) + " WHERE FALSE")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** The rows as JDBC gives them, each value as the reader's type for its column. */
    private static List<List<Object>> rows(Connection jdbc, String table) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = jdbc.createStatement().executeQuery("SELECT * FROM " + quoted(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(switch (meta.getColumnType(i)) {
                        case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> rs.getObject(i, Long.class);
                        case Types.DATE -> rs.getObject(i, LocalDate.class);
                        case Types.TIME -> rs.getObject(i, LocalTime.class);
                        case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
                        case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
                        case Types.CLOB -> rs.getString(i);
                        default -> meta.getColumnTypeName(i).equals("UUID") ? rs.getObject(i, UUID.class) : rs.getObject(i);
                    });
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> sorted(List<List<Object>> rows) {
        return rows.stream().map(r -> r.stream().map(v -> v == null ? "null" : v.getClass().getSimpleName() + ":" + v).toList())
                .map(Object::toString).sorted(Comparator.naturalOrder()).toList();
    }
}
