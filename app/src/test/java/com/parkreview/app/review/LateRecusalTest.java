package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A conflict of interest found out after the expert signed: recorded by the secretary with its
 * reason, the signed sheet kept but no longer counted, the merged results out of date.
 */
class LateRecusalTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private long e3SheetOfA01;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 2, 5);
        TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "70");
        TestSessions.signedSheet(db, ids.expert(2), ids.applicant(1), "80");
        e3SheetOfA01 = TestSessions.signedSheet(db, ids.expert(3), ids.applicant(1), "90");
        TestSessions.signedSheet(db, ids.expert(4), ids.applicant(1), "80");
        TestSessions.signedSheet(db, ids.expert(5), ids.applicant(1), "80");
        new MergeResults(db, new MergeService(db)).merge(TestSessions.SECRETARY, ids.session());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theSignedSheetIsKeptButNoLongerCountsAndTheMergedResultsAreOutOfDate() {
        assertEquals("80.00", panelScore());
        long setAside = new LateRecusal(db).record(TestSessions.SECRETARY, ids.expert(3), ids.applicant(1),
                "E3 曾任该单位顾问，汇总后发现");

        assertEquals(e3SheetOfA01, setAside);
        assertEquals(SheetStatus.SIGNED, db.read(s -> s.sheets().find(e3SheetOfA01)).orElseThrow().status(),
                "the signed sheet is kept as it was");
        assertEquals("77.50", panelScore(), "70, 80, 80, 80 count; E3's 90 no longer does");
        assertEquals(4, new MergeService(db).results(ids.session()).row("A01").orElseThrow().result().validExperts());
        ResultsStanding.Standing standing = new ResultsStanding(db).of(ids.session());
        assertTrue(standing.outOfDate(), "merged before the recusal: out of date");
        assertTrue(standing.words().in(Locale.SIMPLIFIED_CHINESE).contains("A01 得分 80.00 → 77.50"),
                standing.words().in(Locale.SIMPLIFIED_CHINESE));
        HistoryEntry note = db.read(s -> s.history().latest(1)).get(0);
        assertEquals("recuse-after-signing", note.action());
        assertTrue(note.newValue().orElseThrow().contains("E3 曾任该单位顾问"), note.toString());
        assertTrue(db.read(s -> s.history().verify()).intact(), "the history still verifies");
    }

    /** Each refusal names what is wrong and records nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no sheet signed yet: the paper way          | 3 | 2 | 回避理由 | has no signed sheet for applicant",
        "a reason is required                        | 3 | 1 | '  '     | reason",
        "recorded twice                              | 1 | 1 | 回避理由 | has already declared a conflict",
    })
    void refused(String what, int expert, int applicant, String reason, String said) {
        if (what.startsWith("recorded twice")) {
            new LateRecusal(db).record(TestSessions.SECRETARY, ids.expert(1), ids.applicant(1), "第一次记录");
        }
        List<Recusal> before = db.read(s -> s.experts().recusals(ids.session()));
        Long entries = db.read(s -> s.history().count());
        ValidationException refused = assertThrows(ValidationException.class, () -> new LateRecusal(db)
                .record(TestSessions.SECRETARY, ids.expert(expert), ids.applicant(applicant), reason));
        assertTrue(refused.getMessage(Locale.ENGLISH).contains(said), refused.getMessage(Locale.ENGLISH));
        assertEquals(before, db.read(s -> s.experts().recusals(ids.session())));
        assertEquals(entries, db.read(s -> s.history().count()));
    }

    private String panelScore() {
        return new MergeService(db).results(ids.session()).row("A01").orElseThrow().result().panelScore()
                .orElseThrow().toPlainString();
    }
}
