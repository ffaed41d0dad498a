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
        assertEquals(OpenGuard.realPath(work.resolve("day.mv.db")), OpenGuard.realPath(link.resolve("day.mv.db")));
        assertEquals(OpenGuard.realPath(work.resolve("day.mv.db")),
                OpenGuard.realPath(dir.resolve("link/../work/./day.mv.db")));
        try (Database open = Database.open(DatabaseFile.of(work.resolve("day")), OpenOptions.creating()
                .withClock(TestSessions.CLOCK))) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Database.open(DatabaseFile.of(link.resolve("day")), OpenOptions.existing()));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
        }
        Database.open(DatabaseFile.of(link.resolve("day")), OpenOptions.existing()).close(); // let go at the close
    }

    /** Round 25 also opened it through a hard link: another path, the same file. */
    @Test
    void oneFileReachedThroughAHardLinkHasOneGuard() throws Exception {
        Path day = dir.resolve("day");
        Database.open(DatabaseFile.of(day), OpenOptions.creating().withClock(TestSessions.CLOCK)).close();
        Path other = Files.createLink(dir.resolve("other.mv.db"), dir.resolve("day.mv.db"));
        assertEquals(OpenGuard.identity(dir.resolve("day.mv.db")), OpenGuard.identity(other));
        try (Database open = Database.open(DatabaseFile.of(day), OpenOptions.existing())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Database.open(DatabaseFile.of(dir.resolve("other")), OpenOptions.existing()));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
        }
    }

    /** A database this open made is held by what it is as well, once it is there. */
    @Test
    void aNewDatabaseIsHeldByItsIdentityToo() throws Exception {
        try (Database made = Database.open(DatabaseFile.of(dir.resolve("day")), OpenOptions.creating()
                .withClock(TestSessions.CLOCK))) {
            Path other = Files.createLink(dir.resolve("other.mv.db"), dir.resolve("day.mv.db"));
            StoreException e = assertThrows(StoreException.class,
                    () -> Database.open(DatabaseFile.of(dir.resolve("other")), OpenOptions.existing()));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
            Files.delete(other);
        }
    }
}
