package com.parkreview.app.exchange.kit;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.testing.Mutator;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated kits: each is read as a kit or refused with {@link InputRejectedException}, nothing else;
 * a sample of the kits read is opened into a fresh database, which stores it or refuses it by
 * the review's rules — never a database error.
 */
class KitFileFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.kitCases", 5_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_120L);
    private static final int OPENED = 25;

    @TempDir
    Path dir;

    @Test
    void mutatedKitsAreReadOrRefusedAndWhatIsReadCanBeOpened() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            String valid;
            try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
                TestSessions.Ids ids = TestSessions.session(secretary, 3, 5);
                valid = KitFile.write(OfflineDay.kit(secretary, ids.session(), 1));
            }
            Mutator mutator = new Mutator(new Random(SEED), ScoreFiles.tree(valid), Optional.empty());
            int read = 0;
            int opened = 0;
            for (int i = 0; i < CASES; i++) {
                Mutator.Mutant mutant = mutator.next();
                String where = "seed " + SEED + ", case " + i + " (" + mutant.description() + ")";
                ExpertKit kit;
                try {
                    kit = KitFile.read("fuzz.prkit", mutant.content());
                } catch (InputRejectedException e) {
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError(where + ": " + e, e);
                }
                read++;
                if (read % 20 == 0 && opened < OPENED) {
                    opened++;
                    try (Database laptop = TestSessions.freshDatabase(dir, "laptop-" + i)) {
                        new OfflineKits(laptop).open(Actor.commandLine(), kit, Ed25519::newKeyPair);
                    } catch (ValidationException e) {
                        // refused by the review's rules, with its sentence: allowed
                    } catch (RuntimeException e) {
                        throw new AssertionError(where + ": opening the kit read failed: " + e, e);
                    }
                }
            }
            System.out.printf("kit file fuzz: %d cases (seed %d), %d read as kits, %d of those opened%n", CASES, SEED,
                    read, opened);
            assertTrue(read > 0 && opened > 0, "some mutants are still kits");
        });
    }
}
