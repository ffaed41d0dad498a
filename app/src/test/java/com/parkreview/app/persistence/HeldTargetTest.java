package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 5: an applicant corrected while a restore was building its new file was
 * acknowledged, then lost by the swap. The file is now held for the whole restore: any ParkReview
 * opening it meanwhile is refused as in use, and its content can still be read (the copy kept aside).
 */
class HeldTargetTest {

    @TempDir
    Path dir;

    @Test
    void whileHeldNoOneOpensTheFileAndItStillReads() throws Exception {
        TestSessions.freshDatabase(dir).close();
        DatabaseFile file = DatabaseFile.of(dir.resolve("test"));
        try (HeldTarget held = HeldTarget.hold(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
            Files.copy(file.file(), dir.resolve("kept.mv.db")); // how the copy kept aside is made
        }
        Database.open(file, OpenOptions.existing()).close(); // released: opens
    }

    @Test
    void aFileAnotherOpenHoldsIsNotHeldButRefused() {
        try (Database open = TestSessions.freshDatabase(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> HeldTarget.hold(open.file()));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
        }
    }
}
