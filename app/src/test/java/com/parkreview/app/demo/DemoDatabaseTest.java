package com.parkreview.app.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoredSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start places the demonstration database the build made, and never over a user's own. */
class DemoDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartFindsTheDemonstrationSessionWithItsHistoryIntact() {
        DatabaseFile file = DatabaseFile.of(dir.resolve("data").resolve("parkreview"));
        assertTrue(DemoDatabase.placeIfMissing(file));
        try (Database db = Database.open(file, OpenOptions.existing())) {
            List<SessionSummary> sessions = db.read(s -> s.sessions().list());
            assertEquals(List.of(DemoSession.NAME), sessions.stream().map(SessionSummary::name).toList());
            assertEquals(24, sessions.get(0).signedSheets());
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
        assertEquals(Set.of("parkreview.mv.db", "parkreview.head"), namesIn(file.folder()), "no copies left behind");
    }

    @Test
    void theDefaultDatabaseOpensOnThePlacedCopyAndIsOpenedAsItIsLaterOn() {
        DatabaseFile file = DatabaseFile.of(dir.resolve("parkreview"));
        try (Database db = DemoDatabase.openDefault(file)) {
            assertFalse(db.created(), "placed, not made at the start");
            assertEquals(List.of(DemoSession.NAME), db.read(s -> s.sessions().list()).stream()
                    .map(SessionSummary::name).toList());
        }
        try (Database again = DemoDatabase.openDefault(file)) {
            assertEquals(1, again.read(s -> s.sessions().list()).size(), "nothing placed or made a second time");
        }
    }

    @Test
    void thePlacedSessionIsTheOneTheServicesMake() {
        DatabaseFile placed = DatabaseFile.of(dir.resolve("placed"));
        DemoDatabase.placeIfMissing(placed);
        try (Database made = Database.open(DatabaseFile.of(dir.resolve("made")), OpenOptions.creating());
                Database shipped = Database.open(placed, OpenOptions.existing())) {
            long session = new DemoSession(made).create();
            assertEquals(new MergeService(made).results(session), new MergeService(shipped).results(session));
            StoredSession expected = made.read(s -> StoredSession.load(s, session));
            StoredSession actual = shipped.read(s -> StoredSession.load(s, session));
            assertEquals(expected.sheets().stream().map(sheet -> sheet.status() + " " + sheet.total()).toList(),
                    actual.sheets().stream().map(sheet -> sheet.status() + " " + sheet.total()).toList());
            // The same declarations (made when the build ran, so at another time).
            assertEquals(expected.recusals().stream().map(r -> r.expertId() + " " + r.applicantId() + " " + r.reason())
                    .toList(), actual.recusals().stream().map(r -> r.expertId() + " " + r.applicantId() + " " + r.reason())
                    .toList());
        }
    }

    @Test
    void aDatabaseAlreadyThereIsLeftAsItIs() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("parkreview"));
        Database.open(file, OpenOptions.creating()).close();
        byte[] before = Files.readAllBytes(file.file());
        assertFalse(DemoDatabase.placeIfMissing(file));
        assertArrayEquals(before, Files.readAllBytes(file.file()));
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertEquals(List.of(), db.read(s -> s.sessions().list()));
        }
    }

    private static Set<String> namesIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
