package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command with no {@code --db} on a machine where ParkReview never ran: the user's own database
 * is the demonstration database, placed at the first command as at the window's first start, and
 * said so once on stderr; {@code --db} to a missing file still refuses and creates nothing.
 * Run as the user would, in a JVM of its own whose home is an empty folder.
 */
class FreshMachineTest {

    @TempDir
    Path home;

    @Test
    void theFirstCommandPlacesTheDemonstrationDatabaseAndSaysSoOnce() throws Exception {
        Run first = parkreview("--lang", "zh", "sessions");
        assertEquals(0, first.status(), first.toString());
        assertTrue(first.out().contains("演示"), "the demonstration session is listed: " + first.out());
        Path placed = home.resolve(".local/share/parkreview/parkreview.mv.db");
        assertTrue(first.err().contains("首次使用") && first.err().contains(placed.toString()), first.err());
        assertTrue(Files.size(placed) > 0);

        Run second = parkreview("--lang", "en", "sessions");
        assertEquals(0, second.status(), second.toString());
        assertFalse(second.err().contains("First use"), "said once only: " + second.err());
        assertEquals(first.out().lines().count(), second.out().lines().count());

        Run verify = parkreview("--lang", "en", "verify");
        assertEquals(0, verify.status(), verify.toString());
    }

    @Test
    void aMissingFileNamedWithDbIsRefusedAndNotCreated() throws Exception {
        Path missing = home.resolve("typo.mv.db");
        Run run = parkreview("--lang", "en", "sessions", "--db", missing.toString());
        assertEquals(ExitCodes.REFUSED, run.status(), run.toString());
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(home.resolve(".local/share/parkreview/parkreview.mv.db")),
                "the user's own database is not placed when another file is named");
    }

    /** A data folder that cannot be made (a file where .local should be) was "something unexpected", exit 1. */
    @Test
    void aDataFolderThatCannotBeMadeIsSaidSo() throws Exception {
        Files.writeString(home.resolve(".local"), "a file where the folder would be");
        Run run = parkreview("--lang", "en", "sessions");
        assertEquals(ExitCodes.REFUSED, run.status(), run.toString());
        assertTrue(run.err().startsWith("Your data folder " + home.resolve(".local/share/parkreview")
                + " cannot be made or written"), run.err());
    }

    /** {@code --db=$UNSET} made a database named after the folder, in the folder above it (a tester, round 4). */
    @Test
    void anEmptyDbIsRefusedAndMakesNothing() throws Exception {
        Run run = parkreview("--lang", "en", "session", "create", "--db=", "--name", "评审", "--date", "2026-12-10");
        assertEquals(ExitCodes.REFUSED, run.status(), run.toString());
        assertTrue(run.err().startsWith("--db is empty"), run.err());
        try (var files = Files.list(home)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mv.db")).toList());
        }
        try (var files = Files.list(home.getParent())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().equals(home.getFileName() + ".mv.db")));
        }
    }

    private record Run(int status, String out, String err) {
    }

    private Run parkreview(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().remove("XDG_DATA_HOME");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("parkreview " + String.join(" ", args) + " did not end in 120 s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
