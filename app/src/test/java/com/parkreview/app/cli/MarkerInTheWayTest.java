package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.testing.DemoCopy;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tester's round 18: with a link or a pipe in the marker's place every change was refused, but a
 * restore and a kit opened into a new file went ahead and replaced it without a word (F8); and a
 * marker swapped back to a file between the open and the change let the change in, after the user
 * had been told that no change could be saved (F1).
 */
class MarkerInTheWayTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"link", "pipe"})
    void aRestoreDoesNotReplaceWhatIsInTheMarkersPlace(String kind) throws Exception {
        Path db = DemoCopy.placed(dir);
        Path backup = CommandRun.of("backup", "--db", db.toString()).backupWritten();
        CommandRun edit = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整"); // what the restore would take back
        assertEquals(0, edit.status(), edit.err());
        Path victim = Files.writeString(dir.resolve("precious.txt"), "precious data");
        plant(dir.resolve("panel.head"), kind, victim);

        CommandRun restore = CommandRun.of("restore", "--db", db.toString(), "--from", backup.toString());
        assertEquals(ExitCodes.REFUSED, restore.status(), restore.out() + restore.err());
        assertTrue(restore.err().contains("In the place of the marker beside panel.mv.db there is a folder, a link or another "
                + "kind of file (panel.head); ParkReview does not write over it, so nothing was done."), restore.err());
        assertEquals("precious data", Files.readString(victim));
        assertTrue(kind.equals("link") ? Files.isSymbolicLink(dir.resolve("panel.head"))
                : !Files.isRegularFile(dir.resolve("panel.head")), "left in its place");
        try (Database kept = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            assertEquals("二层会议室", kept.read(s -> s.sessions().find(1).orElseThrow().details().venue()), "not restored");
        }
    }

    @Test
    void aKitIsNotOpenedIntoANewFileWhoseMarkersPlaceHoldsALink() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path kit = dir.resolve("E1.prkit");
        CommandRun export = CommandRun.of("kit", "export", "--db", db.toString(), "--session", "1", "--expert", "E1",
                "--out", kit.toString());
        assertEquals(0, export.status(), export.err());
        Path laptop = dir.resolve("laptop");
        Files.createDirectories(laptop);
        Path victim = Files.writeString(laptop.resolve("precious.txt"), "precious data");
        plant(laptop.resolve("e1.head"), "link", victim);

        CommandRun open = CommandRun.of("--lang", "zh", "kit", "open", kit.toString(), "--db", laptop.resolve("e1.mv.db").toString());
        assertEquals(ExitCodes.REFUSED, open.status(), open.out() + open.err());
        assertTrue(open.err().contains("e1.mv.db 旁标记文件的位置上是一个文件夹、链接或其他类型的文件（e1.head）"), open.err());
        assertFalse(Files.exists(laptop.resolve("e1.mv.db")), "no database made");
        assertEquals("precious data", Files.readString(victim));

        Files.delete(laptop.resolve("e1.head"));
        CommandRun again = CommandRun.of("kit", "open", kit.toString(), "--db", laptop.resolve("e1.mv.db").toString());
        assertEquals(0, again.status(), "opened once the link is gone: " + again.err());
    }

    @Test
    void aChangeIsRefusedForTheWholeOpeningThatFoundSomethingElseInTheMarkersPlace() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path marker = dir.resolve("panel.head");
        Path good = Files.copy(marker, dir.resolve("good.head"));
        Files.delete(marker);
        Files.createSymbolicLink(marker, good);
        try (Database opened = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            assertTrue(opened.markerWarning().isPresent());
            Files.delete(marker);
            Files.copy(good, marker); // an ordinary marker again, after the open found a link
            StoreException refused = assertThrows(StoreException.class,
                    () -> opened.write(TestSessions.SECRETARY, s -> s.sessions().list()));
            assertTrue(refused.text().in(Locale.ENGLISH).startsWith("When this database was opened there was a folder, "
                    + "a link or another kind of file in the place of its marker (panel.head)"), refused.text().in(Locale.ENGLISH));
        }
        CommandRun next = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(0, next.status(), "opened again with a marker, changes are saved: " + next.err());
    }

    private static void plant(Path marker, String kind, Path victim) throws Exception {
        Files.deleteIfExists(marker);
        if (kind.equals("link")) {
            Files.createSymbolicLink(marker, victim);
        } else {
            assertEquals(0, new ProcessBuilder("mkfifo", marker.toString()).start().waitFor());
        }
    }
}
