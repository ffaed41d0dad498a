package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.testing.DemoCopy;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.IntStream;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tester's round 23 flipped four bytes of the demonstration database at chosen places. Where
 * they fell in a page of the history, the trial open on a copy read one entry and passed; the real
 * open then met the damage, said "damaged, left as it was", and its close compacted the file,
 * rewriting it; elsewhere H2's own words came through ("Unable to read the page …", "Data
 * conversion error …"). Here four bytes are flipped at places spread over the whole file: whatever
 * each does, the file opens and {@code verify} answers, or the file is refused as damaged or
 * foreign in words, byte for byte as it was; never "something unexpected".
 */
class DamagedPagesTest {

    private static final int PLACES = 14;

    @TempDir
    Path dir;

    /** Four bytes at {@code offset} turned over (XOR 0x5a), as the testers damaged their copies. */
    private static void flipFourBytes(Path db, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] four = new byte[4];
            file.seek(offset);
            file.readFully(four);
            for (int i = 0; i < four.length; i++) {
                four[i] ^= 0x5a;
            }
            file.seek(offset);
            file.write(four);
        }
    }

    static IntStream places() {
        return IntStream.range(1, PLACES + 1);
    }

    @ParameterizedTest(name = "four bytes flipped at {0}/" + (PLACES + 1) + " of the file")
    @MethodSource("places")
    void aDamagedFileIsReadOrRefusedInWordsAndNeverRewrittenWhenRefused(int place) throws Exception {
        Path db = DemoCopy.placed(dir);
        long offset = Files.size(db) * place / (PLACES + 1);
        flipFourBytes(db, offset);
        byte[] damaged = Files.readAllBytes(db);
        try (Database open = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            ChainCheck check = open.read(store -> store.history().verify());
            assertTrue(check.entries() > 0, "a history read");
        } catch (StoreException e) {
            assertNotEquals(StoreException.Kind.INTERNAL, e.kind(), e.message(Locale.ENGLISH));
            String said = e.message(Locale.ENGLISH);
            assertTrue(!said.contains("Exception") && !said.contains("General error") && !said.contains("SQL"), said);
            if (e.kind() == StoreException.Kind.CORRUPT || e.kind() == StoreException.Kind.SCHEMA) {
                assertArrayEquals(damaged, Files.readAllBytes(db), "refused, and left as it was: " + said);
            }
        }
    }

    /** The two places of round 23, in the file the demonstration's build makes: damage refused, the file untouched. */
    @ParameterizedTest(name = "round 23: {0}")
    @ValueSource(ints = {90_000, 150_000})
    void theTestersPlacesAreRefusedAsDamagedAndLeftAsTheyWere(int offset) throws Exception {
        Path db = DemoCopy.placed(dir);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek(offset);
            file.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        }
        byte[] damaged = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Database open = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
                open.read(store -> store.history().verify());
            }
        });
        assertEquals(StoreException.Kind.CORRUPT, e.kind(), e.message(Locale.ENGLISH));
        assertArrayEquals(damaged, Files.readAllBytes(db));
    }

    /**
     * Rounds 25 and 26: four bytes flipped in the file the demonstration leaves after one command.
     * At 210000 an index: the rows read whole, the index did not, and the backup met it in the real
     * file, which its close then rewrote. At 234100 a table the schema lists could not be found by
     * its name: every command said H2's words and SQL, and the window waited for ever.
     */
    @ParameterizedTest(name = "round 25/26: four bytes at {0}")
    @ValueSource(ints = {210_000, 234_100})
    void damageTheRowsDoNotShowIsFoundOnTheCopy(int offset) throws Exception {
        Path db = DemoCopy.placed(dir);
        Database.open(DatabaseFile.of(db), OpenOptions.existing()).close(); // as the tester's first command left it
        flipFourBytes(db, offset);
        byte[] damaged = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(DatabaseFile.of(db),
                OpenOptions.existing()).close());
        assertEquals(StoreException.Kind.CORRUPT, e.kind(), e.message(Locale.ENGLISH));
        assertArrayEquals(damaged, Files.readAllBytes(db));
    }

    /** Round 25: H2's "Timeout trying to lock table {0}" and its SQL, on every command. */
    @Test
    void aTableThatStaysLockedIsSaidInWordsAsPossibleDamage() {
        StoreException locked = Failures.translate(new SQLException("Timeout trying to lock table {0}", "HYT00",
                ErrorCode.LOCK_TIMEOUT_1));
        assertEquals(StoreException.Kind.CORRUPT, locked.kind());
        assertEquals("数据库中有一张表一直处于锁定状态，无法读取，而并没有其他 ParkReview 打开此文件：文件可能已损坏。未作任何更改，"
                + "文件保持原样。请重试；如仍如此，请从最新的备份恢复（文件 › 备份，或 restore 命令）。",
                locked.message(Locale.SIMPLIFIED_CHINESE));
    }

    /** Round 26: 'Table "SCORE_SHEET" not found; SQL statement: SELECT … [42102-252]' was shown as it came. */
    @Test
    void anUnexpectedFaultIsSaidWithoutItsSql() {
        StoreException e = Failures.translate(new SQLException("Table \"SCORE_SHEET\" not found; SQL statement:\n"
                + "SELECT * FROM score_sheet [42102-252]", "42S02", 42102));
        assertEquals("数据库发生意外错误：Table \"SCORE_SHEET\" not found", e.message(Locale.SIMPLIFIED_CHINESE));
    }
}
