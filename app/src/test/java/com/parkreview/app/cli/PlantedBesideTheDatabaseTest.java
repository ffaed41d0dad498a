package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tester's round 16 planted files beside the database, where ParkReview writes its marker and its backups. */
class PlantedBesideTheDatabaseTest {

    @TempDir
    Path dir;

    /**
     * The marker made a hard link to the database file itself: one {@code verify} wrote the 86-byte
     * marker over the database (281,755 of its bytes NUL, every session gone). The marker's name
     * gets a file of its own; the database is untouched, and still verifies.
     */
    @Test
    void aMarkerHardLinkedToTheDatabaseIsGivenAFileOfItsOwnAndTheDatabaseIsUntouched() throws Exception {
        Path db = DemoCopy.placed(dir);
        String before = CommandRun.of("verify", "--db", db.toString()).out();
        assertTrue(before.contains("intact"), before);
        Path marker = dir.resolve("panel.head");
        Files.delete(marker);
        Files.createLink(marker, db);

        CommandRun verify = CommandRun.of("verify", "--db", db.toString());

        // whole, but the marker was not one ParkReview wrote, so a rollback could not be checked: 4, not 0
        assertEquals(ExitCodes.NOT_WHOLLY_CHECKED, verify.status(), verify.out() + verify.err());
        assertEquals(before, verify.out(), "the database as it was, every entry");
        assertTrue(Files.size(db) > 100_000, "not written over: " + Files.size(db) + " bytes");
        assertTrue(Files.size(marker) < 100, "the marker a file of its own: " + Files.size(marker) + " bytes");
        CommandRun change = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(0, change.status(), change.err());
        assertEquals(0, CommandRun.of("verify", "--db", db.toString()).status());
    }

    /**
     * Ten files named as backups from 2999: the rotation kept "the newest ten" by name, so every
     * real backup went, the one just written too, while "Backup written: …" was said with exit 0.
     * Files named as made later than the backup written are neither counted nor deleted.
     */
    @Test
    void filesNamedAsFutureBackupsPushNoRealBackupOut() throws Exception {
        Path db = DemoCopy.placed(dir);
        List<Path> junk = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            junk.add(Files.writeString(dir.resolve("panel.backup-299901" + String.format("%02d", i + 1) + "T000000000Z.zip"),
                    "junk"));
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CommandRun backup = CommandRun.of("backup", "--db", db.toString());
            assertEquals(0, backup.status(), backup.err());
            written.add(backup.backupWritten());
        }
        for (Path backup : written) {
            assertTrue(Files.exists(backup), "kept: " + backup.getFileName());
        }
        for (Path file : junk) {
            assertTrue(Files.exists(file), "not ParkReview's to delete: " + file.getFileName());
        }
        CommandRun restore = CommandRun.of("restore", "--db", db.toString(), "--from", written.get(2).toString());
        assertEquals(0, restore.status(), restore.err());
        assertFalse(restore.err().contains("does not exist"), restore.err());
    }

    /**
     * A tester's round 18: ten empty files named as backups made a second before the next one pushed
     * the only real backup out; a folder so named made every backup fail after it was written. Files
     * named as backups that are not (empty, not a zip, a folder) are neither counted nor deleted.
     */
    @Test
    void filesNamedAsBackupsThatAreNotPushNoRealBackupOutAndFailNothing() throws Exception {
        Path db = DemoCopy.placed(dir);
        CommandRun first = CommandRun.of("backup", "--db", db.toString());
        assertEquals(0, first.status(), first.err());
        Path real = first.backupWritten();
        String stamp = real.getFileName().toString().replaceAll(".*backup-(\\d{8}T\\d{6})\\d{3}Z\\.zip", "$1");
        for (int i = 0; i < 10; i++) { // after the real one, before the next: counted by name, they outrank it
            Files.writeString(dir.resolve("panel.backup-" + stamp + "99" + i + "Z.zip"), i % 2 == 0 ? "" : "not a zip");
        }
        Files.createDirectories(dir.resolve("panel.backup-20180101T000000000Z.zip").resolve("inner"));

        CommandRun next = CommandRun.of("backup", "--db", db.toString());

        assertEquals(0, next.status(), next.out() + next.err());
        assertTrue(Files.exists(real), "the real backup is kept");
        assertTrue(Files.exists(next.backupWritten()));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(12, files.filter(f -> f.getFileName().toString().startsWith("panel.backup-")).count() - 1,
                    "the junk left as it was: 10 files and a folder, with 2 real backups");
        }
    }
}
