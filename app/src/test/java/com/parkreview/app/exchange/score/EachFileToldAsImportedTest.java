package com.parkreview.app.exchange.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 13 imported four score files onto a disk that filled after the first: the first
 * was in, the other three not, and the command said only the disk's sentence. Each file's result is
 * now told as soon as it is known, before the next file is imported, so that what went in is said
 * whatever stops the rest.
 */
class EachFileToldAsImportedTest {

    @TempDir
    Path dir;

    @Test
    void eachResultIsToldBeforeTheNextFileIsImportedAndAFailureStopsTheRestOnly() throws Exception {
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            List<Path> files = new ArrayList<>();
            for (int expert = 1; expert <= 3; expert++) {
                try (Database laptop = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), expert))) {
                    OfflineDay.signed(laptop, "A01", "80");
                    files.add(Files.writeString(dir.resolve("E" + expert + ".prscore"), ScoreFiles.export(laptop)));
                }
            }
            List<String> told = new ArrayList<>();
            ScoreFilesImport importer = new ScoreFilesImport(new ScoreFileImport(secretary, TestSessions.SECRETARY));
            RuntimeException stopped = assertThrows(RuntimeException.class, () -> importer.importFiles(files, false,
                    Optional.empty(), result -> {
                        told.add(result.file().getFileName() + " " + result.imported());
                        int signed = secretary.read(s -> s.sheets().forSession(ids.session())).size();
                        assertEquals(told.size(), signed, "told before the next file went in");
                        if (told.size() == 2) {
                            throw new IllegalStateException("the disk is full"); // what the store would throw next
                        }
                    }));
            assertEquals("the disk is full", stopped.getMessage());
            assertEquals(2, told.size(), told.toString());
            assertTrue(told.stream().allMatch(t -> t.endsWith(" true")), told.toString());
            assertEquals(2, secretary.read(s -> s.sheets().forSession(ids.session())).size(), "the third not imported");
        }
    }
}
