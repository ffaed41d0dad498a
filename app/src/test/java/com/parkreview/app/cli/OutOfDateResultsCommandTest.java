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
        assertTrue(listed.out().contains("\t已过期\t"), listed.out());
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

    @Test
    void aConflictFoundAfterSigningIsRecordedOnlyWhenSaidSoAndPutsTheMergedResultsOutOfDate() {
        Path file = dir.resolve("review");
        long session;
        String expert;
        String applicant;
        try (Database db = Database.open(DatabaseFile.of(file), OpenOptions.creating())) {
            session = new DemoSession(db).create();
            ScoreSheet signed = db.read(s -> s.sheets().forSession(session)).stream()
                    .filter(sheet -> sheet.status() == SheetStatus.SIGNED).findFirst().orElseThrow();
            expert = db.read(s -> s.experts().find(signed.expertId())).orElseThrow().code();
            applicant = db.read(s -> s.applicants().find(signed.applicantId())).orElseThrow().code();
        }
        String id = String.valueOf(session);
        String where = file + ".mv.db";
        assertEquals(ExitCodes.OK, CommandRun.of("merge", "--db", where, "--session", id, "--record").status());
        String[] recuse = {"--lang", "zh", "score", "recuse", "--db", where, "--session", id, "--expert", expert,
            "--applicant", applicant, "--secretary", "王秘书", "--reason", "汇总后发现该专家曾任申报单位顾问"};

        CommandRun refused = CommandRun.of(recuse);
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out());
        assertTrue(refused.err().contains("--after-signing"), "the refusal says the way: " + refused.err());
        assertTrue(CommandRun.of("sessions", "--db", where).out().contains("\tcurrent\t"), "nothing changed");

        String[] late = java.util.stream.Stream.concat(java.util.Arrays.stream(recuse),
                java.util.stream.Stream.of("--after-signing")).toArray(String[]::new);
        CommandRun recorded = CommandRun.of(late);
        assertEquals(ExitCodes.OK, recorded.status(), recorded.err());
        assertTrue(recorded.out().contains(expert + " / " + applicant + "：已记录签署后发现的回避"), recorded.out());
        assertTrue(recorded.out().contains("结果已过期"), recorded.out());
        assertTrue(CommandRun.of("sessions", "--db", where).out().contains("\tout_of_date\t"));
        assertEquals(ExitCodes.REFUSED, CommandRun.of(late).status(), "recorded once only");
    }
}
