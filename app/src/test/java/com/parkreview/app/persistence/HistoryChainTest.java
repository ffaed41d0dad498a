package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edits made to the file outside ParkReview, with plain SQL, are found by verify. */
class HistoryChainTest {

    @TempDir
    Path dir;

    /**
     * What setUp records: every change once in words and once more for each row it touched in the
     * journal. Of the 石景山 rubric (5 dimensions, 13 indicators, 3 tiers) that makes 82.
     */
    private static final long UNTOUCHED_ENTRIES = untouchedEntries(ProgrammeSettings.SHIJINGSHAN);

    private static long untouchedEntries(ProgrammeSettings settings) {
        int dimensions = settings.rubric().dimensions().size();
        int indicators = settings.rubric().indicators().size();
        int tiers = settings.tiers().tiers().size();
        long session = 1 + 1 + dimensions + indicators + tiers; // created: its row, a row per dimension, indicator, tier
        long applicant = 2 + 2;                                 // created, passed pre-review: each with its row
        long experts = 3 * 2;                                   // three created, each with its row
        long scoring = 2;                                       // the session's status, its row
        long recusal = 2;                                       // declared, its row
        long sheetOpened = 1 + 1 + indicators;                  // created: its row and an empty score row each
        long scores = 2L * indicators;                          // every indicator typed, its score row
        long signing = 2 + 2;                                   // opinion and signature, each with the sheet's row
        return session + applicant + experts + scoring + recusal + sheetOpened + scores + signing;
    }

    private TestSessions.Ids ids;
    private long sheet;

    @BeforeEach
    void setUp() {
        try (Database db = TestSessions.freshDatabase(dir)) {
            ids = TestSessions.session(db, 1, 3);
            new ScoringService(db).declareRecusal(TestSessions.SECRETARY, ids.expert(2), ids.applicant(1), "曾任顾问");
            sheet = TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    private String fill(String text) {
        return text.replace("{sheet}", String.valueOf(sheet)).replace("{session}", String.valueOf(ids.session()))
                .replace("{applicant}", String.valueOf(ids.applicant(1)))
                .replace("{expert1}", String.valueOf(ids.expert(1))).replace("{expert2}", String.valueOf(ids.expert(2)))
                .replace("{expert3}", String.valueOf(ids.expert(3)));
    }

    private long lastSeq() throws SQLException {
        return Long.parseLong(query("SELECT MAX(seq) FROM history"));
    }

    private String hashOf(long seq) throws SQLException {
        return query("SELECT hash FROM history WHERE seq = " + seq);
    }

    private String query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview", "");
                Statement statement = c.createStatement(); var row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private void outside(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview", "");
                Statement statement = c.createStatement()) {
            statement.execute(fill(sql));
        }
    }

    private ChainCheck verify() {
        try (Database db = TestSessions.reopen(dir)) {
            return db.read(s -> s.history().verify());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a score changed in the sheet        | UPDATE sheet_score SET score = 4 WHERE sheet_id = {sheet} AND indicator_code = '1.1' | table sheet_score, row {sheet}/1.1, column score: the history records "5", the file holds "4"
            a score row of a signed sheet deleted | DELETE FROM sheet_score WHERE sheet_id = {sheet} AND indicator_code = '1.1'      | table sheet_score, row {sheet}/1.1: the history records this row, but the file no longer holds it
            an opinion changed in the sheet     | UPDATE score_sheet SET opinion = '不同意' WHERE id = {sheet}                          | table score_sheet, row {sheet}, column opinion: the history records "同意。", the file holds "不同意"
            a signature undone in the sheet     | UPDATE score_sheet SET status = 'DRAFT' WHERE id = {sheet}                           | table score_sheet, row {sheet}, column status: the history records "SIGNED", the file holds "DRAFT"
            a signed sheet moved to another expert | UPDATE score_sheet SET expert_id = {expert2} WHERE id = {sheet}                   | table score_sheet, row {sheet}, column expert_id: the history records "{expert1}", the file holds "{expert2}"
            a recusal deleted                   | DELETE FROM recusal                                                                  | table recusal, row {expert2}/{applicant}: the history records this row, but the file no longer holds it
            a recusal added                     | INSERT INTO recusal VALUES ({expert3}, {applicant}, '亲属', CURRENT_TIMESTAMP)        | table recusal, row {expert3}/{applicant}: the file holds this row, but the history never recorded it
            an applicant's amount changed       | UPDATE applicant SET received_wan = 100 WHERE id = {applicant}                        | table applicant, row {applicant}, column received_wan: the history records "0", the file holds "100"
            the session's cap changed           | UPDATE review_session SET annual_cap_wan = 9999                                      | column annual_cap_wan: the history records "1500", the file holds "9999"
            a tier's share changed              | UPDATE session_tier SET share = 1 WHERE code = 'good'                                | table session_tier, row {session}/good, column share: the history records "0.7", the file holds "1"
            an identity counter set back        | ALTER TABLE applicant ALTER COLUMN id RESTART WITH 1                                 | table applicant: its counter would give the next row id 1, but the history has already given that number to a row (the highest it gave is {applicant})
            an identity counter set back to a used key | ALTER TABLE score_sheet ALTER COLUMN id RESTART WITH {sheet}                   | table score_sheet: its counter would give the next row id {sheet}
            a history value rewritten           | UPDATE history SET new_value = '1' WHERE field = 'score:1.1'                         | was changed after it was written
            a history entry removed             | DELETE FROM history WHERE seq = 5                                                    | history entry 5 is missing
            an entry rewritten with its own hash recomputed is still off the chain | UPDATE history SET actor = 'x', hash = prev_hash WHERE seq = 3 | history entry 3
            """)
    void editOutsideParkReviewIsFound(String name, String sql, String expected) throws SQLException {
        outside(sql);
        ChainCheck check = verify();
        assertFalse(check.intact(), name);
        String found = check.breaks().stream().map(b -> b.what().in(Locale.ENGLISH))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(found.contains(fill(expected)), found);
    }

    @Test
    void theNewestEntryCutWithTheHeadMarkerRewrittenToMatchIsStillFound() throws Exception {
        long newest = lastSeq();
        outside("DELETE FROM history WHERE seq = " + newest);
        HeadMarker marker = new HeadMarker(DatabaseFile.of(dir.resolve("test")));
        marker.write(new HeadMarker.Head(newest - 1, hashOf(newest - 1)));
        marker.close();
        ChainCheck check = verify();
        assertFalse(check.intact());
        assertEquals(newest - 1, check.entries());
    }

    @Test
    void newestEntryRemovedOutsideIsRefusedAtOpenAsLostChanges() throws SQLException {
        outside("DELETE FROM history WHERE seq = (SELECT MAX(seq) FROM history)");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> TestSessions.reopen(dir));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertTrue(e.message(Locale.ENGLISH).contains("has lost changes"), e.message(Locale.ENGLISH));
    }

    /**
     * A tester's round 8 edited a file outside, then backed it up ten times (the window backs up at
     * each close): each exit 0, the good backup rotated out, none of the ten restorable. Now no
     * backup joins the kept ones, which stay as they were; the content is kept aside as evidence.
     */
    @Test
    void aFileChangedOutsideIsNotBackedUpAmongTheKeptBackups() throws Exception {
        Path good;
        try (Database db = TestSessions.reopen(dir)) {
            good = db.backup();
        }
        outside("UPDATE applicant SET received_wan = 0.5 WHERE id = {applicant}");
        try (Database db = TestSessions.reopen(dir)) {
            for (int i = 0; i < Backups.KEEP + 1; i++) {
                ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                        db::backup);
                assertTrue(refused.getMessage(Locale.ENGLISH).startsWith("No backup was made among the kept ones: the "
                        + "database does not match its own history (1 difference), so a backup of it could never be restored; the "
                        + "backups kept stay as they are. The first difference: table applicant"),
                        refused.getMessage(Locale.ENGLISH));
            }
            assertEquals(List.of(good), db.backups().list(), "the good backup is still there, alone");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Backups.KEEP, files.filter(f -> f.getFileName().toString().startsWith("test.unverified-"))
                    .count(), "kept aside as evidence, the newest ten");
        }
    }

    @Test
    void untouchedFileVerifiesIntact() {
        ChainCheck check = verify();
        assertTrue(check.intact());
        assertEquals(UNTOUCHED_ENTRIES, check.entries());
    }
}
