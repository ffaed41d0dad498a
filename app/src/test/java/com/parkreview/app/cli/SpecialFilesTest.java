package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.FolderCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A named pipe (or a device) handed to a command as its input file: it used to wait for ever for
 * something to write into the pipe, holding the database locked for every other command (a
 * tester's {@code mkfifo}, round 4). Now it is refused at once, saying it is not an ordinary file,
 * and the database stays as it was.
 */
class SpecialFilesTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private String db;

    @BeforeAll
    static void aSession() {
        assertEquals(0, CommandRun.of("session", "create", "--db", template.resolve("panel.mv.db").toString(), "--name",
                "评审", "--date", "2026-12-10").status());
    }

    @BeforeEach
    void itsCopy() {
        db = FolderCopy.files(template, dir).resolve("panel.mv.db").toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            applicants import --db DB --session 1 PIPE.csv     | not an ordinary file
            experts import --db DB --session 1 PIPE.xlsx       | not an ordinary file
            kit open PIPE.prkit --db DIR/laptop.mv.db          | not an ordinary file
            score import PIPE.prscore --db DB --session 1      | not an ordinary file
            merge --scores PIPE.csv                            | not an ordinary file
            session create --db DIR/n.mv.db --name x --settings PIPE.txt | is not an ordinary file
            session create --db DIR/r.mv.db --name x --rubric PIPE.json  | not an ordinary file
            restore --db DB --from PIPE.zip                    | is not a backup file but a folder, a pipe or a device
            """)
    void aPipeGivenAsAFileIsRefusedAtOnceAndNothingChanges(String command, String expected) throws Exception {
        Path pipe = dir.resolve("pipe" + command.replaceAll(".*PIPE(\\.[a-z]+).*", "$1"));
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        List<String> args = new ArrayList<>();
        for (String word : command.strip().split(" +")) {
            args.add(word.replace("DB", db).replace("DIR", dir.toString()).replaceAll("PIPE\\.[a-z]+", pipe.toString()));
        }
        String before = CommandRun.of("verify", "--db", db).out();

        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommandRun.of(args.toArray(String[]::new)),
                "the command waits on the pipe");

        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(expected) && run.err().contains(pipe.getFileName().toString()), run.err());
        assertEquals(before, CommandRun.of("verify", "--db", db).out(), "the database as it was");
        assertTrue(Files.notExists(dir.resolve("laptop.mv.db")) && Files.notExists(dir.resolve("n.mv.db")));
    }
}
