package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 5: an older copy of the database put back over the newer one, and its head
 * marker deleted with it. The marker is what tells an older copy; without it the copy opened and
 * {@code verify} called it intact, with not a word. Now every command says that the check could not
 * be made this time (on {@code err}, before its own output; the window in its warning line), once:
 * the open writes the marker again.
 */
class MarkerDeletedWithTheCopyTest {

    @TempDir
    Path dir;

    @Test
    void anOlderCopyWithItsMarkerDeletedIsSaidToBeUnchecked() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path older = dir.resolve("older.bak");
        Files.copy(db, older);
        CommandRun edit = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(0, edit.status(), edit.err());
        Files.copy(older, db, StandardCopyOption.REPLACE_EXISTING);

        CommandRun caught = CommandRun.of("verify", "--db", db.toString()); // the marker still there: caught
        assertEquals(ExitCodes.CHECK_FAILED, caught.status(), "verify found what it looks for (round 22 saw 2): "
                + caught.out() + caught.err());
        assertTrue(caught.err().contains("lost changes"), caught.err());
        CommandRun refused = CommandRun.of("sessions", "--db", db.toString());
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());

        Files.delete(dir.resolve("panel.head"));
        CommandRun verify = CommandRun.of("verify", "--db", db.toString());
        // the file is whole as it is, but whether it is the newest could not be checked: not 0 (round 27)
        assertEquals(ExitCodes.NOT_WHOLLY_CHECKED, verify.status(), verify.out() + verify.err());
        assertTrue(verify.out().contains("The history is intact"), verify.out());
        assertTrue(verify.err().contains("had no marker beside it (panel.head)")
                && verify.err().contains("could not be checked this time"), verify.err());
        assertTrue(Files.exists(dir.resolve("panel.head")), "written again");

        CommandRun next = CommandRun.of("sessions", "--db", db.toString());
        assertEquals(0, next.status(), next.err());
        assertFalse(next.err().contains("no marker"), "said once, at the open that found it missing: " + next.err());
        assertEquals(ExitCodes.OK, CommandRun.of("verify", "--db", db.toString()).status(), "checked against the marker again");
    }

    /**
     * Round 28: the marker deleted with an older copy put in place, then {@code sessions} (which
     * said so, exit 0, and wrote the marker again): the {@code verify} after it said intact, exit 0.
     * The doubt is kept beside the file until a verify has reported it (exit 4); a restore, which
     * checks what it puts in place, lets it go too.
     */
    @Test
    void theDoubtOutlivesTheCommandThatFoundItUntilVerifyReportsIt() throws Exception {
        Path db = DemoCopy.placed(dir);
        CommandRun backup = CommandRun.of("backup", "--db", db.toString());
        assertEquals(0, backup.status(), backup.err());
        Files.delete(dir.resolve("panel.head"));

        CommandRun listed = CommandRun.of("--lang", "en", "sessions", "--db", db.toString());
        assertEquals(0, listed.status(), listed.err());
        assertTrue(listed.err().contains("had no marker beside it"), listed.err());
        CommandRun again = CommandRun.of("--lang", "en", "sessions", "--db", db.toString());
        assertTrue(again.err().contains("has not been checked since"), "every command says it until verify: " + again.err());

        CommandRun verify = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        assertEquals(ExitCodes.NOT_WHOLLY_CHECKED, verify.status(), verify.out() + verify.err());
        assertTrue(verify.err().contains("has not been checked since") && verify.out().contains("The history is intact"),
                verify.out() + verify.err());
        assertEquals(ExitCodes.OK, CommandRun.of("verify", "--db", db.toString()).status(), "reported once, then let go");

        Files.delete(dir.resolve("panel.head"));
        assertEquals(0, CommandRun.of("sessions", "--db", db.toString()).status());
        CommandRun restore = CommandRun.of("restore", "--db", db.toString(), "--from", backup.backupWritten().toString());
        assertEquals(0, restore.status(), restore.out() + restore.err());
        assertEquals(ExitCodes.OK, CommandRun.of("verify", "--db", db.toString()).status(), "the restored file is checked");
    }

    /**
     * Round 28: an older copy put back with the newer marker was refused as having lost changes, and
     * told to "restore from" the newest backup, which was as old as the copy and would bring none of
     * them back. The backup's own newest change is said.
     */
    @Test
    void aBackupNoNewerThanTheCopyIsNotOfferedAsBringingTheChangesBack() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path older = dir.resolve("older.bak");
        Files.copy(db, older);
        CommandRun first = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        String held = first.out().replaceAll("(?s).*?(\\d+) entries checked.*", "$1");
        assertEquals(0, CommandRun.of("backup", "--db", db.toString()).status());
        CommandRun edit = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(0, edit.status(), edit.err());
        Files.copy(older, db, StandardCopyOption.REPLACE_EXISTING);

        CommandRun verify = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, verify.status(), verify.out() + verify.err());
        assertTrue(verify.err().contains("has lost changes") && verify.err().contains("holds changes up to " + held + " only")
                && verify.err().contains("would not bring the lost ones back"), verify.err());
    }

    /**
     * Round 28: a marker from another database with the same count of changes was said as "lost
     * changes … its end was cut off", sending the user after scores that were never lost. The
     * file holds that change, with other content: said so, with how to go on.
     */
    @Test
    void anotherDatabasesMarkerIsSaidAsNotMatchingNotAsLostChanges() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path other = Files.createDirectories(dir.resolve("other"));
        Path otherDb = DemoCopy.placed(other);
        CommandRun edit = CommandRun.of("session", "edit", "--db", otherDb.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(0, edit.status(), edit.err());
        CommandRun edit2 = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "三层会议室",
                "--reason", "会场调整");
        assertEquals(0, edit2.status(), edit2.err()); // the same count of changes, each its own
        byte[] before = Files.readAllBytes(db);
        Files.copy(other.resolve("panel.head"), dir.resolve("panel.head"), StandardCopyOption.REPLACE_EXISTING);

        CommandRun verify = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, verify.status(), verify.out() + verify.err());
        assertTrue(verify.err().contains("does not match the marker beside it (panel.head)")
                && verify.err().contains("move panel.head aside") && !verify.err().contains("lost changes"), verify.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "left as it was");
    }

    /**
     * A tester's round 13: a marker written over with 40 bytes was said as "no marker", and with a
     * folder in its place the marker was said to be "written again now", which it was not.
     */
    @Test
    void aDamagedMarkerIsSaidDamagedAndAFolderInItsPlaceIsNotSaidWritten() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path marker = dir.resolve("panel.head");
        Files.writeString(marker, "0000000000000000012 not-a-hash");
        CommandRun damaged = CommandRun.of("verify", "--db", db.toString());
        assertEquals(ExitCodes.NOT_WHOLLY_CHECKED, damaged.status(), damaged.out() + damaged.err());
        assertTrue(damaged.err().contains("The marker beside this database (panel.head) is damaged"), damaged.err());

        Files.delete(marker);
        Files.createDirectory(marker);
        CommandRun folder = CommandRun.of("verify", "--db", db.toString());
        assertTrue(folder.err().contains("there is a folder, a link or another kind of file")
                && !folder.err().contains("written again"), folder.err());
        CommandRun change = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(ExitCodes.REFUSED, change.status(), change.out() + change.err());
    }

    /**
     * A tester's round 16: a symbolic link in the marker's place had the file it points to written
     * over by every command, {@code verify} among them; a named pipe there hung every command (and
     * kept the database locked for the rest). Both are said as something else in the marker's place,
     * nothing is written through them, every command returns, and no change is saved until it goes.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"link", "pipe"})
    void aLinkOrAPipeInTheMarkersPlaceIsNeitherWrittenThroughNorWaitedOn(String kind) throws Exception {
        Path db = DemoCopy.placed(dir);
        Path marker = dir.resolve("panel.head");
        Path victim = Files.writeString(dir.resolve("precious.txt"), "precious data");
        Files.delete(marker);
        if (kind.equals("link")) {
            Files.createSymbolicLink(marker, victim);
        } else {
            assertEquals(0, new ProcessBuilder("mkfifo", marker.toString()).start().waitFor());
        }

        CommandRun verify = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CommandRun.of("verify", "--db", db.toString()), "verify waits on the marker");
        assertTrue(verify.err().contains("there is a folder, a link or another kind of file"), verify.err());
        CommandRun change = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                        "--reason", "会场调整"), "a change waits on the marker");
        assertEquals(ExitCodes.REFUSED, change.status(), change.out() + change.err());
        assertEquals("precious data", Files.readString(victim), "the file the link points to, untouched");
        assertTrue(kind.equals("pipe") ? !Files.isRegularFile(marker) : Files.isSymbolicLink(marker));
    }

    @Test
    void theWindowSaysItInItsWarningLineAndAMarkedFileSaysNothing() throws Exception {
        Path db = DemoCopy.placed(dir);
        try (Database marked = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            assertFalse(marked.markerWarning().isPresent());
            assertEquals(Optional.empty(), marked.storageWarning());
        }
        Files.delete(dir.resolve("panel.head"));
        try (Database unmarked = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            assertTrue(unmarked.markerWarning().isPresent());
            assertTrue(unmarked.storageWarning().orElseThrow().in(Locale.CHINESE).contains("无法确认它是否被换成了旧副本"));
        }
    }
}
