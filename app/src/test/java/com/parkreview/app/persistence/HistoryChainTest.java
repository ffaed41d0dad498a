package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edits made to the file outside ParkReview, with plain SQL, are found by verify. */
class HistoryChainTest {

    @TempDir
    Path dir;

    private long sheet;

    @BeforeEach
    void setUp() {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 1, 3);
            sheet = TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    private void outside(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview", "");
                Statement statement = c.createStatement()) {
            statement.execute(sql.replace("{sheet}", String.valueOf(sheet)));
        }
    }

    private ChainCheck verify() {
        try (Database db = TestSessions.reopen(dir)) {
            return db.read(s -> s.history().verify());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a score changed in the sheet        | UPDATE sheet_score SET score = 4 WHERE sheet_id = {sheet} AND indicator_code = '1.1' | sheet {sheet}, score:1.1: the stored value "4" is not the last value the history records ("5")
            an opinion changed in the sheet     | UPDATE score_sheet SET opinion = '不同意' WHERE id = {sheet}                          | sheet {sheet}, opinion: the stored value "不同意"
            a signature undone in the sheet     | UPDATE score_sheet SET status = 'DRAFT' WHERE id = {sheet}                           | sheet {sheet}, status: the stored value "DRAFT" is not the last value the history records ("SIGNED")
            a history value rewritten           | UPDATE history SET new_value = '1' WHERE field = 'score:1.1'                         | was changed after it was written
            a history entry removed             | DELETE FROM history WHERE seq = 5                                                    | history entry 5 is missing
            an entry rewritten with its own hash recomputed is still off the chain | UPDATE history SET actor = 'x', hash = prev_hash WHERE seq = 3 | history entry 3
            """)
    void editOutsideParkReviewIsFound(String name, String sql, String expected) throws SQLException {
        outside(sql);
        ChainCheck check = verify();
        assertFalse(check.intact(), name);
        String what = check.firstBreak().orElseThrow().what().in(Locale.ENGLISH);
        assertTrue(what.contains(expected.replace("{sheet}", String.valueOf(sheet))), what);
    }

    @Test
    void newestEntryRemovedOutsideIsRefusedAtOpenAsLostChanges() throws SQLException {
        outside("DELETE FROM history WHERE seq = (SELECT MAX(seq) FROM history)");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> TestSessions.reopen(dir));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertTrue(e.message(Locale.ENGLISH).contains("has lost changes"), e.message(Locale.ENGLISH));
    }

    @Test
    void untouchedFileVerifiesIntact() {
        ChainCheck check = verify();
        assertTrue(check.intact());
        assertEquals(true, check.entries() > 20);
    }
}
