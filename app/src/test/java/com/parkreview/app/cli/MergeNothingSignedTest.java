package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 汇总 pressed on the first day, before anyone scored (a tester did in the window): the session
 * was marked merged with nothing in it. A merge needs one signed sheet; the session stays as it was.
 */
class MergeNothingSignedTest {

    private static final Path EXAMPLES = Path.of("examples", "day");

    @TempDir
    Path dir;

    @Test
    void aSessionWithoutASignedSheetIsNotMerged() {
        String db = dir.resolve("panel.mv.db").toString();
        assertEquals(0, CommandRun.of("session", "create", "--db", db, "--name", "评审", "--date", "2026-12-10").status());
        assertEquals(0, CommandRun.of("applicants", "import", "--db", db, "--session", "1",
                EXAMPLES.resolve("申报单位.csv").toString()).status());
        CommandRun merge = CommandRun.of("merge", "--db", db, "--session", "1", "--record");
        assertEquals(ExitCodes.REFUSED, merge.status(), merge.out() + merge.err());
        assertTrue(merge.err().contains("Session \"评审\" has no signed score sheet yet, so there is nothing to merge"),
                merge.err());
        String listed = CommandRun.of("sessions", "--db", db).out();
        assertTrue(listed.contains("not_merged") && !listed.contains("MERGED"), listed);
    }
}
