package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.PdfText;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline day's commands: kit export and open, score export, verify and import. */
class OfflineCommandsTest {

    private static final Actor SELF_E1 = Actor.expert("E1", "本人");

    @TempDir
    Path dir;

    private Path secretary;
    private TestSessions.Ids ids;

    @BeforeEach
    void secretaryDatabase() {
        try (Database db = TestSessions.freshDatabase(dir, "secretary")) {
            ids = TestSessions.session(db, 3, 5);
        }
        secretary = dir.resolve("secretary.mv.db");
    }

    private Path kit(String expert) {
        Path kit = dir.resolve(expert + ".prkit");
        CommandRun run = CommandRun.of("kit", "export", "--db", secretary.toString(), "--session",
                String.valueOf(ids.session()), "--expert", expert, "--out", kit.toString());
        assertEquals(0, run.status(), run.err());
        return kit;
    }

    /** The expert's laptop: the kit opened, the given applicants scored and signed to the total. */
    private Path laptop(String expert, String total, String... applicants) {
        Path laptop = dir.resolve("laptop-" + expert);
        CommandRun open = CommandRun.of("kit", "open", kit(expert).toString(), "--db", laptop.toString());
        assertEquals(0, open.status(), open.err());
        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing().withClock(TestSessions.CLOCK))) {
            for (String applicant : applicants) {
                OfflineDay.signed(db, applicant, total);
            }
        }
        return laptop;
    }

    private Path scoreFile(Path laptop, String name) {
        Path file = dir.resolve(name);
        CommandRun run = CommandRun.of("score", "export", "--db", laptop.toString(), "--out", file.toString());
        assertEquals(0, run.status(), run.err());
        return file;
    }

    @Test
    void theExpertSheetPrintedOnTheLaptopAndAtTheSecretaryCarriesTheKeyFingerprintUnderTheSignatureLine()
            throws Exception {
        Path laptop = laptop("E2", "80", "A01");
        String fingerprint;
        long laptopSession;
        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing())) {
            ExpertMode mode = OfflineDay.mode(db);
            laptopSession = mode.sessionId();
            fingerprint = db.read(s -> s.experts().find(mode.expertId())).orElseThrow().keyFingerprint().orElseThrow();
        }
        assertTrue(fingerprint.matches("[0-9A-F]{4}( [0-9A-F]{4}){3}"), fingerprint);
        String line = "签名密钥指纹 / Key fingerprint: " + fingerprint;
        Path onLaptop = dir.resolve("on-laptop.pdf");
        CommandRun printed = CommandRun.of("report", "--db", laptop.toString(), "--session", String.valueOf(laptopSession),
                "--sheet", "expert", "--applicant", "A01", "--expert", "E2", "--out", onLaptop.toString());
        assertEquals(0, printed.status(), printed.err());
        assertTrue(PdfText.of(onLaptop).lines().anyMatch(l -> l.strip().equals(line)),
                PdfText.of(onLaptop));

        CommandRun imported = CommandRun.of("score", "import", scoreFile(laptop, "E2.prscore").toString(), "--db",
                secretary.toString());
        assertEquals(0, imported.status(), imported.err());
        Path atSecretary = dir.resolve("at-secretary.pdf");
        CommandRun again = CommandRun.of("report", "--db", secretary.toString(), "--session",
                String.valueOf(ids.session()), "--sheet", "expert", "--applicant", "A01", "--expert", "E2", "--out",
                atSecretary.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(PdfText.of(atSecretary).lines().anyMatch(l -> l.strip().equals(line)),
                PdfText.of(atSecretary));
    }

    @Test
    void anExpertSheetPrintedOnTheLaptopIsFoundAtTheSecretaryOnceItsScoresAreImported() throws Exception {
        Path laptop = laptop("E2", "80", "A01");
        long laptopSession;
        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing())) {
            laptopSession = OfflineDay.mode(db).sessionId();
        }
        Path onLaptop = dir.resolve("on-laptop.pdf");
        CommandRun printed = CommandRun.of("report", "--db", laptop.toString(), "--session", String.valueOf(laptopSession),
                "--sheet", "expert", "--applicant", "A01", "--expert", "E2", "--out", onLaptop.toString());
        assertEquals(0, printed.status(), printed.err());
        String code = PdfText.printedCodes(onLaptop).get(0);

        CommandRun before = CommandRun.of("verify-sheet", code, "--db", secretary.toString(), "--lang", "en");
        assertEquals(2, before.status(), "the scores are not at the secretary's yet: " + before.out());
        assertTrue(before.err().startsWith("No sheet with the verification code " + code), before.err());

        CommandRun imported = CommandRun.of("score", "import", scoreFile(laptop, "E2.prscore").toString(), "--db",
                secretary.toString());
        assertEquals(0, imported.status(), imported.err());
        CommandRun after = CommandRun.of("verify-sheet", code, "--db", secretary.toString(), "--lang", "en");
        assertEquals(0, after.status(), after.err());
        assertTrue(after.out().startsWith("Sheet " + code + " was not printed from this database (an expert's laptop, "
                + "for one), but it matches the data stored now: the expert score sheet (专家评分表) of expert E2 "), after.out());
    }

    @Test
    void kitExportWritesTheKitAndSaysWhoseItIs() throws Exception {
        Path kit = dir.resolve("E3.prkit");
        CommandRun run = CommandRun.of("kit", "export", "--db", secretary.toString(), "--session",
                String.valueOf(ids.session()), "--expert", "E3", "--out", kit.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Wrote " + kit + ": the kit of expert E3 专家3 for session \"测试批次\", 3 applicants, "
                + "kit id "), run.out());
        assertTrue(Files.readString(kit).contains("\"format\" : \"parkreview-kit\""));
    }

    @Test
    void kitOpenMakesTheExpertsKeyAndPrintsItsFingerprint() {
        Path laptop = dir.resolve("laptop");
        CommandRun run = CommandRun.of("kit", "open", kit("E2").toString(), "--db", laptop.toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Opened kit "), run.out());
        assertTrue(lines.get(0).contains(": session \"测试批次\" (2026), expert E2 专家2, 3 applicants, into "), run.out());
        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing())) {
            ExpertMode mode = OfflineDay.mode(db);
            assertEquals("Your key's fingerprint: " + mode.fingerprint() + ". It is printed on your signed score sheets; "
                    + "the secretary compares it with the one on your score file.", lines.get(1));
        }
    }

    @Test
    void kitOpenNeedsItsOwnDatabaseFile() {
        CommandRun noDb = CommandRun.of("kit", "open", kit("E2").toString());
        assertEquals(2, noDb.status());
        assertTrue(noDb.err().startsWith("kit open needs --db FILE"), noDb.err());
        CommandRun intoSecretary = CommandRun.of("kit", "open", kit("E2").toString(), "--db", secretary.toString());
        assertEquals(2, intoSecretary.status());
        assertTrue(intoSecretary.err().startsWith("This database already holds sessions"), intoSecretary.err());
    }

    @Test
    void refusedKitCreatesNoDatabase() throws Exception {
        Path bad = dir.resolve("bad.prkit");
        Files.writeString(bad, Files.readString(kit("E2")).replace("\"parkreview-kit\"", "\"parkreview-rubric\""));
        Path laptop = dir.resolve("never");
        CommandRun run = CommandRun.of("kit", "open", bad.toString(), "--db", laptop.toString());
        assertEquals(2, run.status());
        assertEquals("bad.prkit: format: this is a ParkReview rubric file, not a ParkReview expert kit (.prkit): it was "
                + "given where the other is read (renamed, or the wrong file chosen).", run.err().strip());
        assertFalse(Files.exists(dir.resolve("never.mv.db")));
    }

    @Test
    void scoreExportSaysWhatIsNotSignedYet() throws Exception {
        Path laptop = laptop("E1", "80", "A01", "A03");
        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing())) {
            ScoringService scoring = new ScoringService(db);
            long draft = scoring.openSheet(SELF_E1, OfflineDay.mode(db).expertId(), OfflineDay.applicant(db, "A02")).id();
            scoring.commitScore(SELF_E1, draft, "1.1", "4");
        }
        Path file = dir.resolve("E1.prscore");
        CommandRun run = CommandRun.of("score", "export", "--db", laptop.toString(), "--out", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Wrote " + file + ": expert E1's 2 signed sheet(s) (A01 A03) and 0 recusal(s) (—)"),
                run.out());
        assertEquals("Not in the file, not signed yet: A02 (1 of 13 indicators scored). Sign them and export again "
                + "before handing the file over.", run.err().strip());
    }

    @Test
    void scoreExportNeedsAnExpertsDatabaseAndASignedSheet() {
        CommandRun onSecretary = CommandRun.of("score", "export", "--db", secretary.toString(), "--out",
                dir.resolve("x.prscore").toString());
        assertEquals(2, onSecretary.status());
        assertTrue(onSecretary.err().startsWith("This database is not an expert's copy of a session"), onSecretary.err());
        Path laptop = laptop("E4", "80");
        CommandRun nothing = CommandRun.of("score", "export", "--db", laptop.toString(), "--out",
                dir.resolve("y.prscore").toString());
        assertEquals(2, nothing.status());
        assertTrue(nothing.err().startsWith("Expert E4 has no signed sheet and no declared recusal yet"), nothing.err());
        assertFalse(Files.exists(dir.resolve("y.prscore")));
    }

    @Test
    void scoreVerifyChecksAFileWithoutADatabase() throws Exception {
        Path file = scoreFile(laptop("E5", "72.5", "A01", "A02"), "E5.prscore");
        CommandRun run = CommandRun.of("score", "verify", file.toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("E5.prscore is intact: signed by expert E5 专家5 with the key "), run.out());
        assertEquals("  A01: total 72.5, signed " + com.parkreview.scoring.LocalizedTime.of(
                java.time.Instant.parse("2026-11-20T01:30:00Z"), java.util.Locale.ENGLISH), lines.get(1)); // as a reader writes it
        Path changed = dir.resolve("changed.prscore");
        Files.writeString(changed, Files.readString(file).replaceFirst("\"score\" : \"5\"", "\"score\" : \"4\""));
        CommandRun refused = CommandRun.of("score", "verify", changed.toString());
        assertEquals(2, refused.status());
        assertEquals("changed.prscore: the signature does not match the content: the file was changed after "
                + "it was signed, or damaged. Nothing in it can be trusted; ask the expert (it says E5) for the file "
                + "again.", refused.err().strip());
    }

    @Test
    void scoreImportImportsSkipsIdenticalAndTakesADifferentSheetOnlyAsAnOrderedReReviewsAnswer() throws Exception {
        Path laptop = laptop("E2", "80", "A01", "A02");
        Path first = scoreFile(laptop, "E2-first.prscore");
        CommandRun imported = CommandRun.of("score", "import", first.toString(), "--db", secretary.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("Imported: A01 A02; already there, unchanged: —;"), imported.out());
        assertTrue(imported.out().contains("pinned to the expert now"), imported.out());

        CommandRun again = CommandRun.of("score", "import", first.toString(), "--db", secretary.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("Imported: —; already there, unchanged: A01 A02;"), again.out());
        assertTrue(again.out().contains("(the expert's pinned key)"), again.out());

        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing().withClock(
                java.time.Clock.offset(TestSessions.CLOCK, java.time.Duration.ofHours(1))))) {
            long sheet = db.read(s -> s.sheets().current(OfflineDay.mode(db).expertId(),
                    OfflineDay.applicant(db, "A02"))).orElseThrow().id();
            ScoringService scoring = new ScoringService(db);
            Actor actor = Actor.expert("E2", "本人");
            scoring.reopen(actor, sheet, "复评：1.1 下调");
            scoring.commitScore(actor, sheet, "1.1", "3");
            scoring.sign(actor, sheet);
        }
        Path second = scoreFile(laptop, "E2-second.prscore");
        for (String reReview : new String[] {"--session=" + ids.session(), "--re-review"}) {
            CommandRun refused = CommandRun.of("score", "import", second.toString(), "--db", secretary.toString(),
                    reReview);
            assertEquals(2, refused.status());
            assertEquals("E2-second.prscore: expert E2's file would replace signed sheets that differ: A02 (1.1). A "
                    + "signed sheet is changed only through a re-review: order it first (the flag's Re-review in the "
                    + "panel view); the earlier sheet is kept, superseded, and the file then fills the new round. "
                    + "Nothing from this file was imported.", refused.err().strip());
        }

        try (Database db = Database.open(DatabaseFile.of(secretary), OpenOptions.existing())) {
            TestSessions.reReviewOrdered(db, ids.expert(2), ids.applicant(2));
        }
        CommandRun answered = CommandRun.of("score", "import", second.toString(), "--db", secretary.toString(),
                "--re-review");
        assertEquals(0, answered.status(), answered.err());
        assertTrue(answered.out().contains("already there, unchanged: A01; answering an ordered re-review: A02;"),
                answered.out());
        try (Database db = Database.open(DatabaseFile.of(secretary), OpenOptions.existing())) {
            List<ScoreSheet> a02 = db.read(s -> s.sheets().forApplicant(ids.applicant(2))).stream()
                    .filter(s -> s.expertId() == ids.expert(2)).toList();
            assertEquals(List.of(SheetStatus.SUPERSEDED, SheetStatus.SIGNED), a02.stream().map(ScoreSheet::status).toList());
            assertEquals(List.of(1, 2), a02.stream().map(ScoreSheet::round).toList());
            assertEquals(List.of(SheetOrigin.IMPORTED, SheetOrigin.IMPORTED), a02.stream().map(ScoreSheet::origin).toList());
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    @Test
    void importOfSeveralFilesImportsTheGoodOnesAndExitsTwoForARefusedOne() throws Exception {
        Path good = scoreFile(laptop("E1", "81", "A01"), "E1.prscore");
        Path bad = dir.resolve("cut.prscore");
        String text = Files.readString(good);
        Files.writeString(bad, text.substring(0, text.length() / 2));
        CommandRun run = CommandRun.of("score", "import", bad.toString(), good.toString(), "--db", secretary.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("cut.prscore: the file ends in the middle"), run.err());
        assertTrue(run.err().strip().endsWith("Nothing from this file was imported."), run.err());
        assertTrue(run.out().startsWith("E1.prscore: expert E1 专家1"), run.out());
    }

    /** A mistyped --session said the kit belonged to another session; there is simply no such session. */
    @Test
    void importIntoASessionThatDoesNotExistSaysSo() throws Exception {
        Path file = scoreFile(laptop("E1", "81", "A01"), "E1-99.prscore");
        CommandRun run = CommandRun.of("score", "import", file.toString(), "--db", secretary.toString(), "--session", "99");
        assertEquals(2, run.status());
        assertEquals("E1-99.prscore: There is no session 99 in this database (its sessions: 1; the sessions command lists them). "
                + "Nothing from this file was imported.",
                run.err().strip());
    }

    /** A kit given to score import (renamed .prscore, or picked by mistake) is said to be a kit. */
    @Test
    void aKitGivenAsAScoreFileIsSaidToBeAKit() throws Exception {
        CommandRun exported = CommandRun.of("kit", "export", "--db", secretary.toString(), "--session",
                String.valueOf(ids.session()), "--expert", "E3", "--out", dir.resolve("E3.prkit").toString());
        assertEquals(0, exported.status(), exported.err());
        Path renamed = Files.copy(dir.resolve("E3.prkit"), dir.resolve("E3-renamed.prscore"));
        CommandRun run = CommandRun.of("score", "import", renamed.toString(), "--db", secretary.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("E3-renamed.prscore: format: this is a ParkReview expert kit (.prkit), not a "
                + "ParkReview score file (.prscore)"), run.err());
    }

    @Test
    void messagesFollowTheLanguageAsked() {
        CommandRun run = CommandRun.of("--lang", "zh", "kit", "open", kit("E2").toString(), "--db",
                secretary.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("本数据库中已有评审批次"), run.err());
    }
}
