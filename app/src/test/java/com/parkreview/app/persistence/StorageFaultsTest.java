package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.FaultyFilePath;
import com.parkreview.app.testing.TestSessions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only file or folder, and a full disk, injected through H2's file system abstraction. */
class StorageFaultsTest {

    @TempDir
    Path dir;

    private DatabaseFile file;
    private long sheet;

    private OpenOptions faulty() {
        return OpenOptions.existing().withClock(TestSessions.CLOCK).withFileSystem(FaultyFilePath.SCHEME);
    }

    @BeforeEach
    void scoreTwoIndicators() {
        FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
        file = DatabaseFile.of(dir.resolve("test"));
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 1, 3);
            ScoringService scoring = new ScoringService(db);
            sheet = scoring.openSheet(TestSessions.expert(1), ids.expert(1), ids.applicant(1)).id();
            scoring.commitScore(TestSessions.expert(1), sheet, "1.1", "4.5");
            scoring.commitScore(TestSessions.expert(1), sheet, "1.2", "3");
        }
    }

    @AfterEach
    void clearFaults() {
        FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
    }

    private ScoreSheet storedSheet() {
        try (Database db = TestSessions.reopen(dir)) {
            return db.read(s -> s.sheets().find(sheet)).orElseThrow();
        }
    }

    @Test
    void readOnlyFileIsKnownAtOpenBeforeAnythingIsTypedAndWritesAreRefused() {
        FaultyFilePath.inject(FaultyFilePath.Fault.READ_ONLY_FILE);
        try (Database db = Database.open(file, faulty())) {
            assertFalse(db.writable());
            assertTrue(db.storageWarning().orElseThrow().in(Locale.ENGLISH)
                    .startsWith("This database cannot be written (the file or its folder is read-only)"));
            assertEquals(Optional.of(new BigDecimal("4.5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
            StoreException e = assertThrows(StoreException.class,
                    () -> new ScoringService(db).commitScore(TestSessions.expert(1), sheet, "1.3", "2"));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
        }
        FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
        assertEquals(Optional.empty(), storedSheet().score("1.3"));
        assertEquals(Optional.of(new BigDecimal("3")), storedSheet().score("1.2"));
    }

    @Test
    void readOnlyFolderIsKnownAtOpenAndScoresStillSave() {
        FaultyFilePath.inject(FaultyFilePath.Fault.READ_ONLY_FOLDER);
        try (Database db = Database.open(file, faulty())) {
            assertEquals("The folder of this database cannot be written: ParkReview cannot keep backups beside it. "
                    + "Copy the file to a folder you can write to.", db.storageWarning().orElseThrow().in(Locale.ENGLISH));
            new ScoringService(db).commitScore(TestSessions.expert(1), sheet, "1.3", "2");
            db.closeWithBackup(); // the backup fails and is logged; closing goes on
        }
        FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
        assertEquals(Optional.of(new BigDecimal("2")), storedSheet().score("1.3"));
    }

    @Test
    void fullDiskFailsTheWriteWithAMessageAndKeepsWhatWasSavedBefore() {
        Database db = Database.open(file, faulty());
        try {
            ScoringService scoring = new ScoringService(db);
            scoring.commitScore(TestSessions.expert(1), sheet, "1.3", "2");
            FaultyFilePath.inject(FaultyFilePath.Fault.DISK_FULL);
            StoreException e = assertThrows(StoreException.class,
                    () -> scoring.commitScore(TestSessions.expert(1), sheet, "2.1", "4"));
            assertEquals(StoreException.Kind.WRITE_FAILED, e.kind());
            assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).startsWith("ParkReview 无法写入数据库文件 " + file
                    + "（磁盘可能已满或已移除）。此前保存的内容完好"), e.message(Locale.SIMPLIFIED_CHINESE));
        } finally {
            FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
            try {
                db.close();
            } catch (RuntimeException closing) {
                // The store may have shut itself down after the failed write.
            }
        }
        ScoreSheet after = storedSheet();
        assertEquals(Optional.of(new BigDecimal("4.5")), after.score("1.1"));
        assertEquals(Optional.of(new BigDecimal("3")), after.score("1.2"));
        assertEquals(Optional.of(new BigDecimal("2")), after.score("1.3"));
        assertEquals(Optional.empty(), after.score("2.1"));
        try (Database db2 = TestSessions.reopen(dir)) {
            assertTrue(db2.read(s -> s.history().verify()).intact());
        }
    }

    /**
     * The disk fills while the file is compacted on close (a backup on a nearly full USB stick):
     * H2 says nothing and left its half-made copy, {@code NAME.mv.db.tempFile}, beside the file,
     * though the backup said nothing was left behind. The file stays whole, and the copy is removed.
     */
    @Test
    void aFullDiskWhileClosingLeavesTheFileWholeAndNoCopyBesideIt() {
        Database db = Database.open(file, faulty());
        new ScoringService(db).commitScore(TestSessions.expert(1), sheet, "1.3", "2");
        FaultyFilePath.inject(FaultyFilePath.Fault.FULL_FOR_COPIES);
        try {
            db.close();
        } catch (RuntimeException closing) {
            // what the close says matters less than what it leaves
        } finally {
            FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
        }
        assertFalse(Files.exists(dir.resolve("test.mv.db.tempFile")));
        assertEquals(Optional.of(new BigDecimal("2")), storedSheet().score("1.3"));
        try (Database db2 = TestSessions.reopen(dir)) {
            assertTrue(db2.read(s -> s.history().verify()).intact());
        }
    }
}
