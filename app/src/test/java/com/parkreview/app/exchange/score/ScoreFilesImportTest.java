package com.parkreview.app.exchange.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expert's file from before a re-review and the one after it, named in either order: the files
 * go in by their export time, so the re-review's answer stands and the older file is refused for
 * the sheet it would have replaced, with both times named.
 */
class ScoreFilesImportTest {

    @TempDir
    Path dir;

    private TestSessions.Ids ids;
    private Path before;
    private Path after;

    @BeforeEach
    void expertScoresThenScoresAgainAfterAReReview() throws Exception {
        Path laptopBase;
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            ids = TestSessions.session(secretary, 2, 5);
            try (Database laptop = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), 1))) {
                laptopBase = laptop.file().base();
                OfflineDay.signed(laptop, "A01", "80");
                OfflineDay.signed(laptop, "A02", "70");
                before = write("before.prscore", ScoreFiles.export(laptop));
            }
            new ScoreFilesImport(new ScoreFileImport(secretary, TestSessions.SECRETARY))
                    .importFiles(List.of(before), false, Optional.empty());
            TestSessions.reReviewOrdered(secretary, ids.expert(1), ids.applicant(1));
        }
        Clock anHourLater = Clock.offset(TestSessions.CLOCK, Duration.ofHours(1));
        try (Database laptop = Database.open(DatabaseFile.of(laptopBase), OpenOptions.existing().withClock(anHourLater))) {
            ExpertMode mode = OfflineDay.mode(laptop);
            Actor expert = Actor.expert(mode.expertCode(), "本人");
            ScoringService scoring = new ScoringService(laptop);
            long sheet = laptop.read(s -> s.sheets().current(mode.expertId(), OfflineDay.applicant(laptop, "A01")))
                    .orElseThrow().id();
            scoring.reopen(expert, sheet, "复评");
            scoring.commitScore(expert, sheet, "1.1", "1");
            scoring.sign(expert, sheet);
            after = write("after.prscore", ScoreFiles.export(laptop));
        }
    }

    @ParameterizedTest(name = "named {0}")
    @CsvSource(textBlock = """
            'after, before'
            'before, after'
            """)
    void theReReviewsAnswerStandsWhateverOrderTheFilesAreNamedIn(String order) throws Exception {
        List<Path> files = order.startsWith("after") ? List.of(after, before) : List.of(before, after);
        try (Database secretary = Database.open(DatabaseFile.of(dir.resolve("secretary")),
                OpenOptions.existing().withClock(TestSessions.CLOCK))) {
            List<ScoreFilesImport.FileResult> results = new ScoreFilesImport(
                    new ScoreFileImport(secretary, TestSessions.SECRETARY)).importFiles(files, false, Optional.empty());
            assertEquals(List.of("before.prscore", "after.prscore"),
                    results.stream().map(r -> r.file().getFileName().toString()).toList(), "export order");
            assertTrue(results.get(0).refusal().orElseThrow().message(Locale.ENGLISH).contains(
                    "expert E1, applicant A01: the file's sheet was signed at 2026-11-20T01:30:00Z, not after the sheet "
                            + "a re-review was ordered for (signed at 2026-11-20T01:30:00Z)"));
            assertEquals(List.of("A01"), results.get(1).outcome().orElseThrow().reReviewsAnswered());
            ScoreSheet current = sheet(secretary);
            assertEquals(2, current.round());
            assertEquals(SheetStatus.SIGNED, current.status());
            assertEquals(Optional.of(BigDecimal.ONE), current.score("1.1"));
            assertTrue(secretary.read(s -> s.history().verify()).intact());
        }
    }

    private ScoreSheet sheet(Database secretary) {
        return secretary.read(s -> s.sheets().current(ids.expert(1), ids.applicant(1))).orElseThrow();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
