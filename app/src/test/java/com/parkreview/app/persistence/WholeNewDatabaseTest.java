package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database is under its name only with its first work done in it: while the work runs (a
 * session created, a kit opened) nothing is there, so a kill at any moment leaves no file or the
 * whole one. Before, the empty database was put in place first, and a kill before the work left
 * a file that verify refused as holding no history.
 */
class WholeNewDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsUnderItsNameOnlyOnceItsFirstWorkIsDone() {
        DatabaseFile target = DatabaseFile.of(dir.resolve("panel.mv.db"));
        WholeNewDatabase.Made<Long> made = WholeNewDatabase.make(target, OpenOptions.creating(), db -> {
            assertFalse(target.exists(), "the file is under its name before its work is done");
            return TestSessions.session(db, 1, 3).session();
        });
        try (Database db = made.database()) {
            assertTrue(db.read(s -> s.sessions().find(made.result())).isPresent());
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
        assertEquals(List.of("panel.head", "panel.mv.db"), names());
    }

    @Test
    void workRefusedLeavesNoFileAtAll() {
        DatabaseFile target = DatabaseFile.of(dir.resolve("laptop.mv.db"));
        assertThrows(ValidationException.class, () -> WholeNewDatabase.make(target, OpenOptions.creating(), db -> {
            throw new ValidationException(LocalizedText.of("text.tooLong", 2, 1));
        }));
        assertEquals(List.of(), names());
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
