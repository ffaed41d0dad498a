package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard of an open database is one per file, however its path is written. */
class OpenGuardTest {

    @TempDir
    Path dir;

    /** A tester's round 25 opened a window's database again through a link to its folder, and wrote to it. */
    @Test
    void oneFileNamedThroughALinkedFolderHasOneGuard() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), work);
        assertEquals(OpenGuard.lockFile(OpenGuard.realPath(work.resolve("day.mv.db"))),
                OpenGuard.lockFile(OpenGuard.realPath(link.resolve("day.mv.db"))));
        assertEquals(OpenGuard.lockFile(OpenGuard.realPath(work.resolve("day.mv.db"))),
                OpenGuard.lockFile(OpenGuard.realPath(dir.resolve("link/../work/./day.mv.db"))));
        try (Database open = Database.open(DatabaseFile.of(work.resolve("day")), OpenOptions.creating()
                .withClock(TestSessions.CLOCK))) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Database.open(DatabaseFile.of(link.resolve("day")), OpenOptions.existing()));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
        }
        Database.open(DatabaseFile.of(link.resolve("day")), OpenOptions.existing()).close(); // let go at the close
    }
}
