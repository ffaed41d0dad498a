package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attack a tired secretary makes by accident: {@code --out} naming the database being worked
 * on (or its history marker). Each command wrote its kit, CSV or settings over the database with
 * exit 0, and the panel's database was gone. Now each is refused, and the database is kept:
 * its history marker unchanged, its history intact, its session there.
 */
class OutOverTheDatabaseTest {

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void theDemonstrationSession() {
        db = DemoCopy.placed(dir);
    }

    @ParameterizedTest(name = "{0} --out {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kit export --session 1 --expert E1   | panel.mv.db | whose name ends in .prkit
            merge --session 1                    | panel.mv.db | whose name ends in .csv
            merge --session 1                    | panel.head  | whose name ends in .csv
            template session                     | panel.mv.db | whose name ends in .txt
            report --session 1 --sheet results   | panel.mv.db | write a .pdf, a .xlsx
            """)
    void aResultNamedAsTheDatabaseIsRefusedAndTheDatabaseKept(String command, String out, String said) throws Exception {
        Path target = dir.resolve(out);
        byte[] marker = Files.readAllBytes(dir.resolve("panel.head"));
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (!command.startsWith("template")) {
            args.addAll(List.of("--db", db.toString()));
        }
        args.addAll(List.of("--out", target.toString()));
        CommandRun refused = CommandRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains(said), refused.err());
        assertArrayEquals(marker, Files.readAllBytes(dir.resolve("panel.head")));
        CommandRun verify = CommandRun.of("verify", "--db", db.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertTrue(CommandRun.of("sessions", "--db", db.toString()).out().contains("演示"));
    }
}
