package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.WindowOptions;
import com.parkreview.app.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's day from nothing, command for command, on a programme office's PostgreSQL server
 * instead of a file ({@code --db postgresql://…}): the same exit statuses and the same results as
 * {@link ReadmeDayTest} on a file; what works on files only is refused, saying so.
 */
class ServerDayTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String placed(String arg, String server) {
        if (arg.equals("panel.mv.db")) {
            return server;
        }
        if (arg.startsWith("app/")) {
            return REPOSITORY.resolve(arg).toString();
        }
        return arg.matches("[^-].*\\.(csv|xlsx|pdf)") ? dir.resolve(arg).toString() : arg;
    }

    @Test
    void theReadmesDayRunsOnAServerAsOnAFile() throws Exception {
        String server = PostgresServer.freshDatabase();
        List<CommandRun> runs = new ArrayList<>();
        for (ReadmeDayTest.Line line : ReadmeDayTest.commands()) {
            CommandRun run = CommandRun.of(line.args().stream().map(a -> placed(a, server)).toArray(String[]::new));
            assertEquals(line.status(), run.status(), line.text() + "\n" + run.out() + run.err());
            runs.add(run);
        }
        assertTrue(runs.get(0).out().contains(server.replace("?sslmode=disable", "")), runs.get(0).out());
        assertTrue(runs.get(11).out().contains("1,A01,北京石景山人形机器人产业园运营有限公司,5,85.30,excellent,1.00,1500.00,"),
                runs.get(11).out());
        assertTrue(runs.get(11).out().contains("2,A03,北京银河湾智能制造园区管理有限公司,5,79.40,good,0.70,700.00,"),
                runs.get(11).out());
        assertTrue(Files.size(dir.resolve("pack.pdf")) > 0);
        assertTrue(runs.get(19).out().startsWith("The history is intact"), runs.get(19).out());
        assertTrue(runs.get(20).out().startsWith("Closed session 1"), runs.get(20).out());
    }

    @Test
    void whatWorksOnFilesOnlyIsRefusedOnAServerSayingSoAndTheWindowOpensOnIt() {
        String server = PostgresServer.freshDatabase();
        assertEquals(0, CommandRun.of("sessions", "--db", server).status());
        CommandRun backup = CommandRun.of("backup", "--db", server);
        assertEquals(ExitCodes.REFUSED, backup.status());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
        CommandRun restore = CommandRun.of("restore", "--db", server, "--from", dir.resolve("x.zip").toString());
        assertEquals(ExitCodes.REFUSED, restore.status());
        assertTrue(restore.err().contains("works on a database file"), restore.err());
        List<WindowOptions> asked = new ArrayList<>();
        int window = ParkReviewCommand.commandLine(options -> {
            asked.add(options);
            return 0;
        }).execute("--db", server);
        assertEquals(0, window);
        assertEquals(List.of(WindowOptions.onServer(server, Optional.empty(), Optional.empty())), asked,
                "the window is opened on the server, connecting as the command line does");
        assertTrue(WindowOptions.ofWindowOnly(List.of("--db", server)).isEmpty(), "not taken for a file by the fast start");
        CommandRun withPassword = CommandRun.of("sessions", "--db", "postgresql://wang:secret@localhost/review");
        assertEquals(ExitCodes.REFUSED, withPassword.status());
        assertTrue(withPassword.err().contains("holds a password"), withPassword.err());
    }
}
