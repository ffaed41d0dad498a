package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code support record} and {@code support list}: the years an operator was supported before
 * this database held its sessions (rule 8), typed in from the office's records; a bad value is
 * refused naming the option, and nothing is recorded.
 */
class SupportCommandTest {

    private static final String OPERATOR = "91110107MA0000777G";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void aDatabase() {
        Path file = dir.resolve("office");
        try (Database database = Database.open(DatabaseFile.of(file), OpenOptions.creating())) {
            new DemoSession(database).create();
        }
        db = file + ".mv.db";
    }

    @Test
    void aYearRecordedIsListedAndCountedOnce() {
        CommandRun recorded = CommandRun.of("support", "record", "--db", db, "--uscc", OPERATOR, "--year", "2024",
                "--amount", "1050", "--note", "京石经信〔2024〕12号");
        assertEquals(0, recorded.status(), recorded.err());
        assertEquals("Recorded: the operator " + OPERATOR + " was supported in 2024.", recorded.out().strip());

        CommandRun again = CommandRun.of("support", "record", "--db", db, "--uscc", OPERATOR, "--year", "2024");
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already recorded as supported in 2024"), again.err());

        CommandRun list = CommandRun.of("support", "list", "--db", db, "--uscc", OPERATOR);
        assertEquals(0, list.status(), list.err());
        assertEquals("2024\t1050.00\t\t京石经信〔2024〕12号", list.out().strip());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --year   | 1999               | The year of support 1999 is not allowed: from 2000 to 2100.
            --year   | 2099               | The year of support 2099 has not come yet
            --amount | -1                 | --amount
            --amount | 1e400              | --amount
            --uscc   | 911101             | --uscc: Unified social credit code "911101" has 6 characters
            --uscc   | 000000000000000000 | --uscc: Unified social credit code "000000000000000000" is a placeholder
            --note   | "签\u001b[2J"        | U+001B
            """)
    void aBadValueIsRefusedNamingItAndNothingIsRecorded(String option, String value, String said) {
        String uscc = option.equals("--uscc") ? value : OPERATOR;
        String year = option.equals("--year") ? value : "2023";
        String[] extra = option.equals("--amount") || option.equals("--note") ? new String[] {option, value} : new String[0];
        String[] args = concat(new String[] {"support", "record", "--db", db, "--uscc", uscc, "--year", year}, extra);
        CommandRun run = CommandRun.of(args);
        assertEquals(2, run.status(), run.out());
        assertTrue(run.err().contains(said), run.err());
        assertTrue(CommandRun.of("support", "list", "--db", db, "--uscc", OPERATOR).out()
                .startsWith("No year of support is recorded"));
    }

    private static String[] concat(String[] first, String[] then) {
        String[] all = java.util.Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }
}
