package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tester's round 15 switched the demonstration's panel-score rule to trimmed after every sheet
 * was signed and merged, with a reason: A03 went from 良好 840 to 优秀 1200 万元. The rule and the
 * deviation thresholds are fixed once a sheet is signed; nothing changes when refused.
 */
class RuleFixedOnceSignedTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--rule=trimmed", "--expert-points=20", "--indicator-percent=50"})
    void theRuleAndTheThresholdsAreFixedOnceASheetIsSigned(String option) {
        String db = DemoCopy.placed(dir).toString();
        CommandRun run = CommandRun.of("session", "edit", "--db", db, "--session", "1", option, "--reason", "改");
        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("fixed once a sheet is signed"), run.err());
        assertEquals(0, CommandRun.of("verify", "--db", db).status());
        CommandRun venue = CommandRun.of("session", "edit", "--db", db, "--session", "1", "--venue", "二层会议室",
                "--reason", "会场调整");
        assertEquals(0, venue.status(), "the rest stays open to correction: " + venue.err());
    }
}
