package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 汇总 pressed on the first day, before anyone scored (a tester did in the window): the session
 * was marked merged with nothing in it. A merge needs one signed sheet; the session stays as it was.
 */
class MergeNothingSignedTest {

    @TempDir
    Path dir;

    @Test
    void aSessionWithoutASignedSheetIsNotMerged() {
        String db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithApplicants(db, "2026-12-10");
        CommandRun merge = CommandRun.of("merge", "--db", db, "--session", "1", "--record");
        assertEquals(ExitCodes.REFUSED, merge.status(), merge.out() + merge.err());
        assertTrue(merge.err().contains("Session \"评审\" has no signed score sheet yet, so there is nothing to merge"),
                merge.err());
        String listed = CommandRun.of("sessions", "--db", db).out();
        assertTrue(listed.contains("not_merged") && !listed.contains("MERGED"), listed);

        // nor is a results list printed, of empty rows with a code recorded (a tester, round 4); the pack is
        Path results = dir.resolve("results.pdf");
        CommandRun report = CommandRun.of("report", "--db", db, "--session", "1", "--sheet", "results", "--out",
                results.toString());
        assertEquals(ExitCodes.REFUSED, report.status(), report.out() + report.err());
        assertTrue(report.err().contains("has no signed score sheet yet, so its results list would be rows of nothing"),
                report.err());
        assertFalse(Files.exists(results));
        // sheets of no one were an unexpected failure (exit 1): each says what comes first
        CommandRun signIn = CommandRun.of("report", "--db", db, "--session", "1", "--sheet", "signin", "--out",
                dir.resolve("signin.pdf").toString());
        assertEquals(ExitCodes.REFUSED, signIn.status(), signIn.err());
        assertTrue(signIn.err().contains("has no experts yet, so there is no one to sign in"), signIn.err());
        for (String sheet : new String[] {"blank", "summary"}) {
            CommandRun none = CommandRun.of("report", "--db", db, "--session", "1", "--sheet", sheet, "--out",
                    dir.resolve(sheet + ".pdf").toString());
            assertEquals(ExitCodes.REFUSED, none.status(), sheet + ": " + none.err());
            assertTrue(none.err().contains("has passed pre-review (初审) yet"), none.err());
        }
    }
}
