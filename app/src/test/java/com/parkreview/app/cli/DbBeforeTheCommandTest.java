package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 22: {@code parkreview --db t2 session create …} made the session in the user's
 * default database, the --db before the command's name being the window's. Refused, nothing done.
 */
class DbBeforeTheCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDbBeforeTheCommandsNameIsRefusedSayingWhereItGoes() {
        Path other = dir.resolve("t2.mv.db");
        CommandRun run = CommandRun.of("--lang", "en", "--db", other.toString(), "session", "create", "--name", "评审",
                "--date", "2026-12-10");
        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertEquals("--db " + other + " stands before the command, where it names the database the window opens; nothing "
                + "was done. A command takes its own --db after its name: parkreview session create --db " + other + " …",
                run.err().strip());
        assertEquals("", run.out());
        assertFalse(Files.exists(other));
    }

    @Test
    void aDbAfterTheCommandsNameIsTheCommandsOwn() {
        Path db = DemoCopy.placed(dir);
        CommandRun run = CommandRun.of("sessions", "--db", db.toString());
        assertEquals(0, run.status(), run.err());
    }
}
