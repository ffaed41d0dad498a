package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A result that cannot be written is refused naming the file that failed (never the database), in words. */
class OutputFileTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void session() {
        try (Database db = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.session(db, 2, 5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            merge results | merge --scores examples/scores.csv --out               | results.csv
            report pdf    | report --db DB --session 1 --sheet signin --all --out  | signin.pdf
            report xlsx   | report --db DB --session 1 --sheet results --all --out | results.xlsx
            kit export    | kit export --db DB --session 1 --expert E1 --out       | E1.prkit
            """)
    void aResultWrittenIntoAMissingFolderNamesThatFile(String what, String command, String file) {
        Path target = dir.resolve("no-such-folder").resolve(file);
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.equals("DB") ? dir.resolve("secretary").toString() : word);
        }
        args.add(target.toString());
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("Could not write " + target + ": its folder does not exist."), run.err());
        assertTrue(!run.err().contains("database") && !run.err().contains("Exception"), run.err());
    }
}
