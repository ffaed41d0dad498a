package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 10 failed a late applicant (here A03) at pre-review on purpose, then passed
 * one more applicant with {@code --all}: the failure was overturned without a word, and the late applicant
 * got kits, sheets and money. {@code --all} passes only those not failed and names those it
 * leaves; a code given twice is passed once.
 */
class PreReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void allLeavesAFailureAsRecordedAndSaysSo() {
        Locale.setDefault(Locale.ENGLISH);
        String db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithApplicants(db, "2026-12-10");
        CommandRun failed = CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--fail", "A03",
                "--because", "late");
        assertEquals(0, failed.status(), failed.err());

        CommandRun all = CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--all");
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().contains("Left as recorded, failed: A03."), all.out());
        CommandRun list = CommandRun.of("applicants", "list", "--db", db, "--session", "1");
        String a03 = list.out().lines().filter(l -> l.contains("A03")).findFirst().orElseThrow();
        assertTrue(!a03.contains("passed") && !a03.contains("PASSED"), a03);

        CommandRun twice = CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--pass", "A01,A02,A02");
        assertEquals(0, twice.status(), twice.err());
        assertTrue(twice.out().startsWith("Pre-review passed: 2 applicant(s), A01 A02."), twice.out());
    }

    /** A tester's round 18 took a scored applicant (and its money) out of the review with the note "。". */
    @Test
    void aScoredApplicantIsNotTakenOutWithANoteOfPunctuationAlone() {
        String db = com.parkreview.app.testing.DemoCopy.placed(dir).toString();
        CommandRun refused = CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--fail", "A02",
                "--because", "not-eligible", "--note", "。");
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out());
        assertTrue(refused.err().contains("\"。\" states no reason"), refused.err());
        String a02 = CommandRun.of("applicants", "list", "--db", db, "--session", "1").out().lines()
                .filter(l -> l.contains("A02")).findFirst().orElseThrow();
        assertTrue(a02.contains("passed") || a02.contains("PASSED"), a02);
    }
}
