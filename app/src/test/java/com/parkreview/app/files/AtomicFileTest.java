package com.parkreview.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half-way (the disk full, the device gone) leaves the file as it was and nothing beside it. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writeThatFailsHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("results.csv");
        Files.writeString(target, "old, whole\n");
        IOException full = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("new, half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals("old, whole\n", Files.readString(target));
        assertEquals(List.of("results.csv"), names());
    }

    @Test
    void writeReplacesTheFileWhole() throws Exception {
        Path target = dir.resolve("results.csv");
        Files.writeString(target, "old\n");
        AtomicFile.write(target, "new\n");
        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("results.csv"), names());
    }

    @Test
    void newFileNeverReplacesAnExistingOne() throws Exception {
        Path target = dir.resolve("backup.zip");
        Files.writeString(target, "first");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.writeNew(target, out -> out.write(1)));
        assertEquals("first", Files.readString(target));
        assertEquals(List.of("backup.zip"), names());
    }

    @Test
    void leftoverOfAWriterThatEndedIsRemovedAndOneOfARunningWriterKept() throws Exception {
        Path ended = dir.resolve(".results.csv." + Long.MAX_VALUE + "-abc.part");
        Path running = Leftovers.temporary(dir.resolve("results.csv"));
        Path notOurs = dir.resolve("notes.part");
        for (Path file : List.of(ended, notOurs)) {
            Files.writeString(file, "x");
        }
        assertEquals(List.of(ended), Leftovers.clean(dir));
        assertTrue(Files.exists(running), "this process is still writing it");
        assertTrue(Files.exists(notOurs), "a name ParkReview does not give is left alone");
    }

    /**
     * Round 27: a report killed while writing left {@code .X.pdf.<pid>-<random>.part} in the user's
     * folder for good (no start cleans that folder). The next write of the same file removes what an
     * ended writer left for it, and nothing else.
     */
    @Test
    void theNextWriteOfAFileRemovesWhatAKilledWriterLeftForItAndNothingElse() throws Exception {
        Path killed = Files.writeString(dir.resolve(".X.pdf." + Long.MAX_VALUE + "-8gzlxilwemj9.part"), "half a sheet");
        Path otherFile = Files.writeString(dir.resolve(".Y.pdf." + Long.MAX_VALUE + "-abc.part"), "another file's");
        Path running = Leftovers.temporary(dir.resolve("X.pdf"));

        AtomicFile.write(dir.resolve("X.pdf"), "the whole sheet");

        assertEquals("the whole sheet", Files.readString(dir.resolve("X.pdf")));
        assertFalse(Files.exists(killed), "left by a writer that ended");
        assertTrue(Files.exists(otherFile), "another file's leftover waits for that file's next write");
        assertTrue(Files.exists(running), "a writer still running keeps its file");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
