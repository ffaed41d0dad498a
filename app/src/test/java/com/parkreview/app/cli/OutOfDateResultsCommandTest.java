package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SheetStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the command line as in the window: {@code merge --record} is the session's 汇总; a signed
 * sheet re-opened afterwards makes {@code sessions} show the results out of date and
 * {@code report --sheet results} refuse, naming what changed and the command that merges again.
 */
class OutOfDateResultsCommandTest {

    @TempDir
    Path dir;

    @Test
    void aChangeAfterARecordedMergeKeepsTheResultsSheetFromPrintingUntilMergedAgain() {
        Path file = dir.resolve("review");
        long session;
        try (Database db = Database.open(DatabaseFile.of(file), OpenOptions.creating())) {
            session = new DemoSession(db).create();
        }
        String id = String.valueOf(session);
        String where = file + ".mv.db";

        CommandRun merged = CommandRun.of("--lang", "zh", "merge", "--db", where, "--session", id, "--record");
        assertEquals(ExitCodes.OK, merged.status(), merged.err());
        assertTrue(CommandRun.of("sessions", "--db", where).out().contains("\tMERGED\t6\t5\t24\tcurrent\t"));

        try (Database db = Database.open(DatabaseFile.of(file), OpenOptions.existing())) {
            ScoreSheet signed = db.read(s -> s.sheets().forSession(session)).stream()
                    .filter(sheet -> sheet.status() == SheetStatus.SIGNED).findFirst().orElseThrow();
            new ScoringService(db).reopen(Actor.secretary("秘书"), signed.id(), "专家要求更正笔误");
        }

        CommandRun listed = CommandRun.of("--lang", "zh", "sessions", "--db", where);
        assertTrue(listed.out().contains("\tout_of_date\t"), listed.out());
        assertTrue(listed.err().contains("结果已过期"), listed.err());
        Path pdf = dir.resolve("results.pdf");
        CommandRun refused = CommandRun.of("--lang", "zh", "report", "--db", where, "--session", id, "--sheet", "results",
                "--out", pdf.toString());
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.err());
        assertTrue(refused.err().contains("merge --session " + id + " --record"), refused.err());
        assertTrue(!pdf.toFile().exists(), "nothing written for a refused sheet");

        assertEquals(ExitCodes.OK, CommandRun.of("merge", "--db", where, "--session", id, "--record").status());
        CommandRun printed = CommandRun.of("report", "--db", where, "--session", id, "--sheet", "results",
                "--out", pdf.toString());
        assertEquals(ExitCodes.OK, printed.status(), printed.err());
    }

    @Test
    void aRecordedMergeIsTheSessionsOwnNotAWhatIfBudget() {
        CommandRun run = CommandRun.of("--lang", "en", "merge", "--scores", "x.csv", "--record");
        assertEquals(ExitCodes.REFUSED, run.status(), run.err());
        assertTrue(run.err().contains("--record goes with --session"), run.err());
    }
}
