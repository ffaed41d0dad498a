package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secretary's database put back to an older copy (its head marker with it, so that it opens): the
 * score files coming back from the laptops carry where the history stood when their kits were
 * issued, and the import says the history was cut instead of importing into the older state.
 */
class HistoryCutTest {

    @TempDir
    Path dir;

    @Test
    void scoreFileOfAKitIssuedAfterTheCopyIsRefusedAsAHistoryCut() throws Exception {
        ReturnedScores scores;
        ExpertKit kit;
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            secretary.close();
            copy("secretary", "older");
            try (Database again = reopen("secretary")) {
                kit = OfflineDay.kit(again, ids.session(), 1);
            }
        }
        assertTrue(kit.historyHead().isPresent(), "the kit names where the history stood");
        try (Database laptop = OfflineDay.laptop(dir, kit)) {
            assertEquals(kit.historyHead(), OfflineDay.mode(laptop).kitHistoryHead(), "the laptop keeps it");
            OfflineDay.signed(laptop, "A01", "80");
            scores = new ScoreReturns(laptop).prepare().scores();
        }
        assertEquals(kit.historyHead(), scores.kitHistoryHead(), "and the score file carries it back");
        copy("older", "secretary");
        try (Database secretary = reopen("secretary")) {
            ValidationException e = assertThrows(ValidationException.class, () -> new ScoreImport(secretary)
                    .importScores(TestSessions.SECRETARY, scores, false, Optional.empty(), "E1.prscore"));
            assertTrue(e.getMessage(Locale.ENGLISH).startsWith("kit " + kit.kitId() + " (session \"测试批次\", 2026) was not "
                    + "issued from this database as it stands now: the kit was issued when its secretary's history stood at entry "
                    + kit.historyHead().orElseThrow().seq() + ", which this history"), e.getMessage(Locale.ENGLISH));
        }
    }

    /**
     * A tester's round 6 changed only the file's record of its kit's history head and re-signed it:
     * the secretary was told her healthy database had been cut back and to restore a backup; a file
     * with no record at all was imported unchecked. Both say the file is not the kit's, and change nothing.
     */
    @ParameterizedTest(name = "the kit's head {0}")
    @ValueSource(strings = {"altered", "left out"})
    void aFileWhoseRecordOfItsKitIsNotTheKitsIsRefusedAsTheFilesFault(String how) {
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            ExpertKit kit = OfflineDay.kit(secretary, ids.session(), 1);
            ReturnedScores genuine;
            try (Database laptop = OfflineDay.laptop(dir, kit)) {
                OfflineDay.signed(laptop, "A01", "80");
                genuine = new ScoreReturns(laptop).prepare().scores();
            }
            HistoryHead real = genuine.kitHistoryHead().orElseThrow();
            Optional<HistoryHead> told = how.equals("altered") ? Optional.of(new HistoryHead(real.seq(), "f".repeat(64)))
                    : Optional.empty();
            ReturnedScores forged = new ReturnedScores(genuine.kitId(), genuine.sessionName(), genuine.sessionYear(),
                    genuine.expertCode(), genuine.expertName(), genuine.key(), genuine.exportedAt(), genuine.sheets(),
                    genuine.recusals(), told, genuine.historyHead(), genuine.kitSha256());
            long entries = secretary.read(s -> s.history().count());

            ValidationException e = assertThrows(ValidationException.class, () -> new ScoreImport(secretary)
                    .importScores(TestSessions.SECRETARY, forged, false, Optional.empty(), "E1.prscore"));

            String message = e.getMessage(Locale.ENGLISH);
            assertTrue(how.equals("altered") ? message.startsWith("The file says kit " + kit.kitId() + " was issued when "
                    + "this database's history stood at entry " + real.seq() + "; this database issued that kit")
                    : message.startsWith("The file does not say where this database's history stood when kit "), message);
            assertTrue(message.contains("Ask the expert for the file again") && !message.contains("restore"), message);
            assertEquals(entries, (long) secretary.read(s -> s.history().count()), "nothing imported");
            assertTrue(new ScoreImport(secretary).importScores(TestSessions.SECRETARY, genuine, false, Optional.empty(),
                    "E1.prscore").imported().contains("A01"), "the genuine file is taken");
        }
    }

    /**
     * A tester's round 8 imported, into the demonstration's database, a file of a session that
     * database never held, and was told the database may have been cut back and to restore its
     * newest backup. A file whose session is not here belongs to another database, and is said so.
     */
    @Test
    void aFileOfASessionThisDatabaseNeverHeldIsSaidToBelongToAnother() {
        ReturnedScores scores;
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            ExpertKit kit = OfflineDay.kit(secretary, ids.session(), 1);
            try (Database laptop = OfflineDay.laptop(dir, kit)) {
                OfflineDay.signed(laptop, "A01", "80");
                scores = new ScoreReturns(laptop).prepare().scores();
            }
        }
        try (Database other = TestSessions.freshDatabase(dir, "other")) {
            new SessionSetup(other).createSession(TestSessions.SECRETARY, new SessionDetails("第二批评审", 2026,
                    Optional.empty(), "会议室", Optional.empty(), null), ProgrammeSettings.SHIJINGSHAN);
            ValidationException e = assertThrows(ValidationException.class, () -> new ScoreImport(other)
                    .importScores(TestSessions.SECRETARY, scores, false, Optional.empty(), "E1.prscore"));
            assertEquals("kit " + scores.kitId() + " (session \"测试批次\", 2026) was not issued from this database, so the "
                    + "file does not belong to any session here. Import it into the database its kit was exported from.",
                    e.getMessage(Locale.ENGLISH));
        }
    }

    private void copy(String from, String to) throws Exception {
        for (String suffix : new String[] {".mv.db", ".head"}) {
            Files.copy(dir.resolve(from + suffix), dir.resolve(to + suffix), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Database reopen(String name) {
        return Database.open(DatabaseFile.of(dir.resolve(name)), OpenOptions.existing().withClock(TestSessions.CLOCK));
    }
}
