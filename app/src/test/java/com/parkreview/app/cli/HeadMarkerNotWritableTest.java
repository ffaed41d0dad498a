package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The history marker beside the file is what catches an older copy of the database put back in its
 * place. A marker that could not be written (made read-only, or a folder put in its place) used to
 * be passed over with a line in the log: the edit was saved, the marker stayed behind, and the older
 * copy put back later was taken as intact (a tester, round 4). Now the change is refused, saying so.
 */
class HeadMarkerNotWritableTest {

    @TempDir
    Path dir;

    @Test
    void aChangeIsRefusedWhenTheMarkerCannotFollowItAndNothingIsSaved() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path marker = dir.resolve("panel.head");
        String entries = CommandRun.of("verify", "--db", db.toString()).out();
        Files.delete(marker);
        Files.createDirectory(marker); // as root a read-only file is still written: a folder in its place is not

        CommandRun run = CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场变更");

        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("no change is saved in this opening"), run.err());
        Files.delete(marker);
        assertEquals(entries, CommandRun.of("verify", "--db", db.toString()).out(), "nothing saved");
        assertEquals(0, CommandRun.of("session", "edit", "--db", db.toString(), "--session", "1", "--venue", "二层会议室",
                "--reason", "会场变更").status(), "with the marker writable again the change is made");
        assertTrue(Files.isRegularFile(marker));
    }

    @Test
    void aMarkerThatCannotBeWrittenAfterTheOpenRefusesTheChange() throws Exception {
        Path db = DemoCopy.placed(dir);
        Path marker = dir.resolve("panel.head");
        try (Database opened = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            Files.delete(marker);
            Files.createDirectory(marker); // after a clean open: the marker cannot follow the change
            StoreException refused = assertThrows(StoreException.class, () -> opened.write(TestSessions.SECRETARY,
                    s -> s.sessions().list()));
            assertTrue(refused.text().in(Locale.ENGLISH).startsWith("The history marker " + marker + " cannot be written"),
                    refused.text().in(Locale.ENGLISH));
        }
    }
}
