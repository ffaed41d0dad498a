package com.parkreview.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
