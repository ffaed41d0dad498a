package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 15: {@code merge --session} dropped --cap, --rule and --tier without a word (the
 * session's own settings merged), and the CSV merge took any cap where a session refuses one above
 * the programme's.
 */
class MergeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void optionsASessionDoesNotUseAreRefusedNamingThem() {
        String db = DemoCopy.placed(dir).toString();
        CommandRun run = CommandRun.of("merge", "--db", db, "--session", "1", "--cap", "9000", "--rule", "trimmed");
        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().startsWith("--cap --rule: not used with --session; session 1 is merged on its own settings"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void aCsvMergeTakesACapAboveTheProgrammesOnlyWhenAskedByName() {
        String scores = Path.of("examples", "scores.csv").toString();
        CommandRun refused = CommandRun.of("merge", "--scores", scores, "--cap", "9000");
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains("--cap-above-programme"), refused.err());
        assertEquals(0, CommandRun.of("merge", "--scores", scores, "--cap", "9000", "--cap-above-programme").status());
        assertEquals(0, CommandRun.of("merge", "--scores", scores, "--cap", "1200").status());
    }
}
