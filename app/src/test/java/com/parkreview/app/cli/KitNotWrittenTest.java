package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit whose file could not be written used to stay recorded as handed out: an expert had four
 * kits after three failed exports (a full disk, a name too long, a read-only folder; a tester's
 * round 4), and they counted in every "kits show the session as it was" and kept the expert from
 * being removed. Now the kit is withdrawn, the history saying why.
 */
class KitNotWrittenTest {

    @TempDir
    Path dir;

    @Test
    void aKitWhoseFileCannotBeWrittenIsWithdrawnAndTheHistorySaysWhy() throws Exception {
        Path db = DemoCopy.placed(dir);
        int before = kitsOfTheSession(db);
        // a name the file system takes, but not with the temporary file's suffix: the write fails half-way
        Path tooLong = dir.resolve("E1-" + "评".repeat(78) + ".prkit");

        CommandRun run = CommandRun.of("kit", "export", "--db", db.toString(), "--session", "1", "--expert", "E1",
                "--out", tooLong.toString());

        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("Could not write") && run.err().contains("its name is too long for the file system"),
                run.err());
        assertFalse(Files.exists(tooLong));
        assertEquals(before, kitsOfTheSession(db), "no kit counted that no expert has");
        try (Database opened = open(db)) {
            List<HistoryEntry> latest = opened.read(s -> s.history().latest(10));
            assertTrue(latest.stream().anyMatch(e -> e.action().equals("withdraw")
                    && e.newValue().orElse("").startsWith("not written to E1-")), latest.toString());
        }
        assertEquals(0, CommandRun.of("verify", "--db", db.toString()).status());
        assertEquals(0, CommandRun.of("kit", "export", "--db", db.toString(), "--session", "1", "--expert", "E1",
                "--out", dir.resolve("E1.prkit").toString()).status());
        assertEquals(before + 1, kitsOfTheSession(db));
    }

    /**
     * A tester's kill -9 during {@code kit export}, after the kit was recorded and before the export
     * said its file was written: the kit stayed counted as handed out, no file anywhere, the expert
     * could not be removed ("1 kit(s) handed out"). Such a kit now counts nowhere; one written does.
     */
    @Test
    void aKitWhoseExportEndedBeforeItsFileWasWrittenCountsNowhere() throws Exception {
        String db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithPanel(db, "2026-12-20");
        assertEquals(0, CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--all").status());
        try (Database opened = open(Path.of(db))) {
            // what the export had done when it was killed: the kit issued, nothing said of its file
            new OfflineKits(opened).issue(Actor.commandLine(), 1, "E5");
        }

        assertEquals(0, kitsOfTheSession(Path.of(db)));
        assertEquals(0, CommandRun.of("verify", "--db", db).status());
        CommandRun removed = CommandRun.of("experts", "remove", "--db", db, "--session", "1", "--expert", "E5");
        assertEquals(ExitCodes.OK, removed.status(), removed.out() + removed.err());

        assertEquals(0, CommandRun.of("kit", "export", "--db", db, "--session", "1", "--expert", "E1",
                "--out", dir.resolve("E1.prkit").toString()).status());
        assertEquals(1, kitsOfTheSession(Path.of(db)), "a kit whose file was written counts");
        CommandRun refused = CommandRun.of("experts", "remove", "--db", db, "--session", "1", "--expert", "E1");
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
    }

    private static int kitsOfTheSession(Path db) {
        try (Database opened = open(db)) {
            return opened.read(s -> s.kits().issuedIn(1));
        }
    }

    private static Database open(Path db) {
        return Database.open(DatabaseFile.of(db), OpenOptions.existing());
    }
}
