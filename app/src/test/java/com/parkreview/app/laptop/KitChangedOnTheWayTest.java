package com.parkreview.app.laptop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.kit.KitExport;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ScoreImport;
import com.parkreview.app.review.ScoreReturns;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A kit changed on its way to the laptop. A tester's round 8 swapped two applicants' names and
 * credit codes in a kit on the USB stick: it opened without a word, the expert scored "首钢园…"
 * as A01, and the sheet was imported as A01 (北京石景山…), the money following the code. The
 * laptop keeps the SHA-256 of the kit it read, the score file carries it back, and the import
 * compares it with the kit this database wrote.
 */
class KitChangedOnTheWayTest {

    private static final String FIRST = "测试园区运营有限公司1";
    private static final String SECOND = "测试园区运营有限公司2";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "the kit {0}")
    @ValueSource(strings = {"as written", "saved again with Windows line ends", "with two names swapped"})
    void theImportTakesOnlyScoresOfTheKitAsWritten(String how) throws Exception {
        Path kitFile = dir.resolve("E1.prkit");
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            new KitExport(secretary).toFile(TestSessions.SECRETARY, ids.session(), "E1", kitFile);
        }
        String kit = Files.readString(kitFile, StandardCharsets.UTF_8);
        if (how.startsWith("with")) {
            Files.writeString(kitFile, kit.replace(FIRST, "\u0000").replace(SECOND, FIRST).replace("\u0000", SECOND),
                    StandardCharsets.UTF_8);
        } else if (how.startsWith("saved")) { // the same kit: round 9 had it refused, the expert's day lost
            Files.writeString(kitFile, kit.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        }
        ReturnedScores scores;
        OpenKit.Opened opened = OpenKit.open(new OpenKit.Request(kitFile, DatabaseFile.of(dir.resolve("laptop.mv.db")),
                OpenOptions.creating().withClock(TestSessions.CLOCK), OpenKit.Target.NEW_FILE));
        try (Database laptop = opened.database()) {
            OfflineDay.signed(laptop, "A01", "80");
            scores = new ScoreReturns(laptop).prepare().scores();
        }
        assertTrue(scores.kitSha256().isPresent(), "the score file carries the kit's hash back");

        try (Database secretary = Database.open(DatabaseFile.of(dir.resolve("secretary.mv.db")),
                OpenOptions.existing().withClock(TestSessions.CLOCK))) {
            long entries = secretary.read(s -> s.history().count());
            if (!how.startsWith("with")) {
                assertEquals(List.of("A01"), new ScoreImport(secretary).importScores(TestSessions.SECRETARY,
                        scores, false, Optional.empty(), "E1.prscore").imported());
                return;
            }
            ValidationException refused = assertThrows(ValidationException.class, () -> new ScoreImport(secretary)
                    .importScores(TestSessions.SECRETARY, scores, false, Optional.empty(), "E1.prscore"));
            assertTrue(refused.getMessage(Locale.ENGLISH).contains("that expert E1 opened is not the kit this database "
                    + "wrote: its content differs"), refused.getMessage(Locale.ENGLISH));
            assertEquals(entries, (long) secretary.read(s -> s.history().count()), "nothing imported");
        }
    }

    /** A tester's round 9 opened another file under the same kit id into the laptop: "Opened", the first kept. */
    @Test
    void anotherFileUnderTheSameKitIdIsNotTakenForTheKitOpenedBefore() throws Exception {
        Path kitFile = dir.resolve("E1.prkit");
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            new KitExport(secretary).toFile(TestSessions.SECRETARY, ids.session(), "E1", kitFile);
        }
        OpenKit.Request request = new OpenKit.Request(kitFile, DatabaseFile.of(dir.resolve("laptop.mv.db")),
                OpenOptions.creating().withClock(TestSessions.CLOCK), OpenKit.Target.NEW_OR_SAME_KIT);
        OpenKit.open(request).database().close();
        OpenKit.open(request).database().close(); // the same file again: nothing changes
        String kit = Files.readString(kitFile, StandardCharsets.UTF_8);
        Files.writeString(kitFile, kit.replace(FIRST, SECOND + "（改）"), StandardCharsets.UTF_8);
        ValidationException refused = assertThrows(ValidationException.class, () -> OpenKit.open(request));
        assertTrue(refused.getMessage(Locale.ENGLISH).startsWith("This laptop database opened kit "),
                refused.getMessage(Locale.ENGLISH));
    }
}
