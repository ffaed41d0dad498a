package com.parkreview.app.exchange.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.DeclaredRecusal;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ReturnedSheet;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.testing.Mutator;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.StoreSnapshot;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.review.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated score files against a real secretary's database: byte flips, cuts, insertions,
 * deletions, and JSON-aware changes (values of the wrong kind, fields dropped, added, swapped,
 * lists reordered, odd text and numbers), about half of the JSON-aware ones signed again with the
 * expert's own key so that they reach the import's rules. Every case ends in success or in the
 * typed refusal ({@link InputRejectedException}) — nothing else is thrown, no case hangs — and a
 * refused file leaves the database exactly as it was, an accepted one is there whole.
 *
 * <p>{@code -Dfuzz.cases=N} and {@code -Dfuzz.seed=S} repeat or widen a run; a failure names the
 * seed and the case.
 */
class ScoreFileFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 5_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_120L);
    /** A single case slower than this is taken for a hang. */
    private static final Duration CASE_LIMIT = Duration.ofSeconds(5);
    private static final int BLOCK = 500;

    @TempDir
    Path dir;

    @Test
    void mutatedFilesAreImportedWholeOrRefusedWithTheDatabaseUnchanged() {
        assertTimeoutPreemptively(Duration.ofSeconds(240), this::run);
    }

    private void run() throws Exception {
        String valid;
        String privateKey;
        try (Database secretary = TestSessions.freshDatabase(dir, "template")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 3, 5);
            try (Database laptop = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), 2))) {
                OfflineDay.signed(laptop, "A01", "80");
                OfflineDay.signed(laptop, "A02", "66.5");
                new ScoringService(laptop).declareRecusal(Actor.expert("E2", "本人"), OfflineDay.mode(laptop).expertId(),
                        OfflineDay.applicant(laptop, "A03"), "曾为该单位提供咨询");
                valid = ScoreFiles.export(laptop);
                privateKey = ScoreFiles.privateKey(laptop);
            }
        }
        Mutator mutator = new Mutator(new Random(SEED), ScoreFiles.tree(valid), Optional.of(privateKey));
        Tally tally = new Tally();
        long started = System.nanoTime();
        for (int block = 0; block * BLOCK < CASES; block++) {
            try (Database secretary = copyOfTemplate(block)) {
                ScoreFileImport importer = new ScoreFileImport(secretary, TestSessions.SECRETARY);
                for (int i = block * BLOCK; i < Math.min(CASES, (block + 1) * BLOCK); i++) {
                    Mutator.Mutant mutant = mutator.next();
                    String where = "seed " + SEED + ", case " + i + " (" + mutant.description() + ")";
                    long caseStart = System.nanoTime();
                    oneCase(secretary, importer, mutant, i % 8 == 0, where, tally);
                    Duration took = Duration.ofNanos(System.nanoTime() - caseStart);
                    assertTrue(took.compareTo(CASE_LIMIT) < 0, where + " took " + took);
                }
                assertTrue(secretary.read(s -> s.history().verify()).intact());
            }
        }
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("score file fuzz: %d cases in %.1f s (seed %d): %d refused when read, %d refused by the "
                + "rules, %d accepted%n", CASES, total.toMillis() / 1000.0, SEED, tally.unreadable, tally.ruled,
                tally.accepted);
        if (CASES >= 1000) {
            assertTrue(tally.ruled > CASES / 50 && tally.accepted > 0 && tally.unreadable > CASES / 2,
                    "the mutations reach every stage: " + tally);
        }
    }

    /**
     * A fresh copy of the secretary's database for each block of cases, so that the store does not
     * grow with every accepted re-review through the whole run.
     */
    private Database copyOfTemplate(int block) throws Exception {
        Path copy = dir.resolve("secretary-" + block + ".mv.db");
        Files.copy(dir.resolve("template.mv.db"), copy);
        return Database.open(DatabaseFile.of(copy), OpenOptions.existing().withClock(TestSessions.CLOCK));
    }

    private static void oneCase(Database secretary, ScoreFileImport importer, Mutator.Mutant mutant, boolean reReview,
            String where, Tally tally) {
        Optional<ReturnedScores> readable = readable(mutant.content());
        StoreSnapshot before = readable.isPresent() ? StoreSnapshot.of(secretary) : null;
        long history = secretary.read(s -> s.history().count());
        try {
            importer.importContent("fuzz.prscore", mutant.content(), reReview, Optional.empty());
            assertTrue(readable.isPresent(), where + ": accepted a file that does not read");
            assertWhole(secretary, readable.get(), where);
            tally.accepted++;
        } catch (InputRejectedException e) {
            assertEquals(history, (long) secretary.read(s -> s.history().count()), where + ": history changed");
            if (readable.isPresent()) {
                assertEquals(before, StoreSnapshot.of(secretary), where + ": refused, but the database changed");
                tally.ruled++;
            } else {
                tally.unreadable++;
            }
        } catch (RuntimeException | Error e) {
            throw new AssertionError(where + ": " + e, e);
        }
    }

    private static Optional<ReturnedScores> readable(byte[] content) {
        try {
            return Optional.of(ScoreFile.read("fuzz.prscore", content));
        } catch (InputRejectedException e) {
            return Optional.empty();
        }
    }

    /** Every sheet of an accepted file is the expert's current signed sheet, as the file has it; every recusal is there. */
    private static void assertWhole(Database secretary, ReturnedScores scores, String where) {
        secretary.read(s -> {
            long session = s.sessions().list().get(0).id();
            StoredSession stored = StoredSession.load(s, session);
            long expert = stored.expertsByCode().get(scores.expertCode()).id();
            for (ReturnedSheet sheet : scores.sheets()) {
                long applicant = stored.applicantByCode(sheet.applicantCode()).orElseThrow().id();
                ScoreSheet current = stored.currentSheet(expert, applicant).orElseThrow();
                assertEquals(SheetStatus.SIGNED, current.status(), where);
                assertTrue(sheet.sameContentAs(current), where + ": " + sheet.applicantCode() + " not as the file has it");
            }
            for (DeclaredRecusal recusal : scores.recusals()) {
                assertTrue(stored.recused(expert, stored.applicantByCode(recusal.applicantCode()).orElseThrow().id()),
                        where);
            }
            return null;
        });
    }

    private static final class Tally {
        int unreadable;
        int ruled;
        int accepted;

        @Override
        public String toString() {
            return unreadable + " unreadable, " + ruled + " refused by the rules, " + accepted + " accepted";
        }
    }
}
