package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.TestSessions;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening a file that is damaged, encrypted with another password, or not there. */
class OpeningFailuresTest {

    @TempDir
    Path dir;

    private DatabaseFile file;
    private long sheet;

    @BeforeEach
    void databaseWithABackup() {
        file = DatabaseFile.of(dir.resolve("test"));
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 2, 3);
            sheet = TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
            db.backup();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zeroed header", "flipped bytes in the middle", "cut to 40%"})
    void damagedFileIsRefusedLeftUntouchedAndTheNewestBackupOffered(String damage) throws Exception {
        damage(file.file(), damage);
        byte[] before = sha256(file.file());
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenOptions.existing()));
        assertEquals(StoreException.Kind.CORRUPT, e.kind(), e.getMessage());
        Path newest = new Backups(file).newest().orElseThrow();
        assertEquals(Optional.of(newest), e.newestBackup());
        assertTrue(e.message(Locale.ENGLISH).contains("The newest backup is " + newest.getFileName()), e.message(Locale.ENGLISH));
        assertArrayEquals(before, sha256(file.file()), "the damaged file must be left as it was");

        Optional<Path> kept = Restore.from(file, newest, OpenOptions.existing(), TestSessions.SECRETARY);
        assertArrayEquals(before, sha256(kept.orElseThrow()), "the damaged file is kept beside the restored one");
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertEquals(Optional.of(new BigDecimal("5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    /**
     * A file cut short anywhere is either refused as damaged, or — when the cut only took free
     * space at the end — opens with every change it held: never a silent loss.
     */
    @Test
    void fileCutShortAnywhereIsRefusedOrLosesNothing() throws Exception {
        byte[] whole = Files.readAllBytes(file.file());
        long entries;
        try (Database db = Database.open(file, OpenOptions.existing())) {
            entries = db.read(s -> s.history().count());
        }
        whole = Files.readAllBytes(file.file());
        int refused = 0;
        for (int percent = 95; percent >= 5; percent -= 5) {
            Files.write(file.file(), java.util.Arrays.copyOf(whole, whole.length * percent / 100));
            try (Database db = Database.open(file, OpenOptions.existing())) {
                assertEquals(entries, (long) db.read(s -> s.history().count()), "cut to " + percent + "%");
                assertTrue(db.read(s -> s.history().verify()).intact(), "cut to " + percent + "%");
                assertEquals(Optional.of(new BigDecimal("5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
            } catch (StoreException e) {
                assertEquals(StoreException.Kind.CORRUPT, e.kind(), "cut to " + percent + "%: " + e.getMessage());
                refused++;
            }
            Files.write(file.file(), whole);
        }
        assertTrue(refused > 0, "cutting into the live data must be refused");
    }

    @Test
    void mistypedPathIsRefusedAndNoEmptyDatabaseIsCreated() {
        DatabaseFile typo = DatabaseFile.of(dir.resolve("tset.mv.db"));
        StoreException e = assertThrows(StoreException.class, () -> Database.open(typo, OpenOptions.existing()));
        assertEquals(StoreException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.message(Locale.ENGLISH).startsWith("There is no ParkReview database at " + typo.file()));
        assertFalse(Files.exists(typo.file()));
    }

    @Test
    void encryptedFileOpensWithItsPasswordAndRefusesAWrongOne() {
        DatabaseFile secret = DatabaseFile.of(dir.resolve("secret"));
        OpenOptions withPassword = OpenOptions.creating().withPassword("园区2026".toCharArray());
        long id;
        try (Database db = Database.open(secret, withPassword)) {
            id = TestSessions.session(db, 1, 1).session();
        }
        try (Database db = Database.open(secret, OpenOptions.existing().withPassword("园区2026".toCharArray()))) {
            assertEquals("测试批次", db.read(s -> s.sessions().find(id)).orElseThrow().name());
        }
        StoreException wrong = assertThrows(StoreException.class,
                () -> Database.open(secret, OpenOptions.existing().withPassword("guess".toCharArray())));
        assertEquals(StoreException.Kind.WRONG_PASSWORD, wrong.kind(), wrong.getMessage());
        assertEquals("用此密码无法读取 " + secret + "：密码不正确，或文件已损坏。文件保持原样；请重新输入密码。",
                wrong.message(Locale.SIMPLIFIED_CHINESE));
        StoreException none = assertThrows(StoreException.class, () -> Database.open(secret, OpenOptions.existing()));
        assertEquals(StoreException.Kind.WRONG_PASSWORD, none.kind(), none.getMessage());
    }

    @Test
    void closingWritesABackupAndKeepsTheNewestTen() {
        for (int i = 0; i < 12; i++) {
            TestSessions.reopen(dir).closeWithBackup();
        }
        assertEquals(Backups.KEEP, new Backups(file).list().size());
    }

    @Test
    void restoreFromABackupThatIsNotOneLeavesTheDatabaseAsItWas() throws Exception {
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a backup");
        byte[] before = sha256(file.file());
        StoreException e = assertThrows(StoreException.class, () -> Restore.from(file, junk, OpenOptions.existing(),
                TestSessions.SECRETARY));
        assertEquals("The backup junk.zip is not restored: it is not a ParkReview backup. The database was left as it "
                + "was.", e.message(Locale.ENGLISH));
        assertArrayEquals(before, sha256(file.file()), "the database is put back as it was");
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertEquals(Optional.of(new BigDecimal("5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    /** A tester's round 7 named a FIFO (the command waited forever), a link loop, a dangling link, a folder. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a folder        | is not a file (a folder, a pipe or a device)
            a link loop     | is a symbolic link that leads to no file
            a dangling link | is a symbolic link that leads to no file
            a pipe          | is not a file (a folder, a pipe or a device)
            """)
    void aNameThatIsNoFileIsSaidAtOnce(String what, String said) throws Exception {
        Path odd = dir.resolve("odd.mv.db");
        switch (what) {
            case "a folder" -> Files.createDirectory(odd);
            case "a link loop" -> {
                Files.createSymbolicLink(odd, dir.resolve("other.mv.db"));
                Files.createSymbolicLink(dir.resolve("other.mv.db"), odd);
            }
            case "a dangling link" -> Files.createSymbolicLink(odd, dir.resolve("gone").resolve("x.mv.db"));
            default -> {
                Assumptions.assumeTrue(new ProcessBuilder("mkfifo", odd.toString()).start().waitFor() == 0, "mkfifo");
            }
        }
        StoreException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(StoreException.class, () -> Database.open(DatabaseFile.of(odd), OpenOptions.existing())));
        assertTrue(e.message(Locale.ENGLISH).contains(said), e.message(Locale.ENGLISH));
    }

    /** A tester's round 6 restored through a link: the link became a plain file, the real database was left as it was. */
    @Test
    void aDatabaseNamedThroughALinkIsTheFileItPointsToAndARestoreKeepsTheLink() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectory(dir.resolve("快捷方式")).resolve("link.mv.db"), file.file());
        DatabaseFile throughLink = DatabaseFile.of(link);
        assertEquals(file, throughLink, "marker and backups beside the real file");
        Restore.from(throughLink, new Backups(file).newest().orElseThrow(), OpenOptions.existing(), TestSessions.SECRETARY);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        try (Database db = Database.open(DatabaseFile.of(link), OpenOptions.existing())) {
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    /**
     * A tester's round 6 opened a healthy file as another ParkReview was closing it and was told
     * "damaged, no backup" (3 times in 20): the closing process compacts the file and moves the
     * compacted copy into its place. Here the file reads as damaged while a compaction's copy lies
     * beside it, and the whole file is moved into place a moment later: it opens.
     */
    @Test
    void aFileReadAsItIsReplacedByItsCompactedCopyIsReadAgainNotCalledDamaged() throws Exception {
        Path whole = dir.resolve("whole.copy");
        Files.copy(file.file(), whole);
        damage(file.file(), "zeroed header");
        Path compacting = file.file().resolveSibling(file.file().getFileName() + ".tempFile");
        Files.write(compacting, new byte[] {1});
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(150);
                Files.move(whole, file.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(compacting);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        try (Database db = Database.open(file, OpenOptions.existing())) {
            assertEquals(Optional.of(new BigDecimal("5")), db.read(s -> s.sheets().find(sheet)).orElseThrow().score("1.1"));
        } finally {
            closer.join();
        }
    }

    private static void damage(Path file, String how) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long size = raf.length();
            switch (how) {
                case "zeroed header" -> {
                    raf.seek(0);
                    raf.write(new byte[8192]);
                }
                case "flipped bytes in the middle" -> {
                    byte[] block = new byte[(int) (size / 2)];
                    raf.seek(size / 4);
                    raf.readFully(block);
                    for (int i = 0; i < block.length; i++) {
                        block[i] = (byte) ~block[i];
                    }
                    raf.seek(size / 4);
                    raf.write(block);
                }
                case "cut to 40%" -> raf.setLength(size * 4 / 10);
                default -> throw new IllegalArgumentException(how);
            }
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
