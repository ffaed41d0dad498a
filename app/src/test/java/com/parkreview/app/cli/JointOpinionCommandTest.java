package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code applicants opinion} as a tester's round 15 tried it: an applicant out of the review at
 * pre-review has no panel summary to print an opinion on; an opinion of 10,000 characters saved by
 * an editor (a line end after it) is 10,000 characters; a folder given as the file is said to be one.
 */
class JointOpinionCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void sessionWithPanel() {
        db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithPanel(db, "2026-12-10");
        assertEquals(0, CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--pass", "A01,A02").status());
        assertEquals(0, CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--fail", "A03",
                "--because", "late").status());
    }

    @Test
    void anApplicantOutAtPreReviewHasNoSummaryToPrintAnOpinionOn() {
        CommandRun refused = opinion("A03", "--text", "初审未过的意见");
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains("has not passed pre-review"), refused.err());
    }

    @Test
    void theLineEndAnEditorSavesAfterTheOpinionIsNotPartOfIt() throws Exception {
        Path file = Files.writeString(dir.resolve("意见.txt"), "意".repeat(10_000) + "\n");
        CommandRun run = opinion("A01", "--file", file.toString());
        assertEquals(ExitCodes.OK, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("(10000 characters)"), run.out());
    }

    @Test
    void aFolderGivenAsTheFileIsSaidToBeAFolder() {
        CommandRun run = opinion("A01", "--file", dir.toString());
        assertEquals(ExitCodes.REFUSED, run.status());
        assertTrue(run.err().contains("folder"), run.err());
    }

    private CommandRun opinion(String applicant, String how, String what) {
        return CommandRun.of("applicants", "opinion", "--db", db, "--session", "1", "--applicant", applicant, how, what);
    }
}
