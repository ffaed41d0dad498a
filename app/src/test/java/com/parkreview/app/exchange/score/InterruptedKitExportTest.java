package com.parkreview.app.exchange.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 13 killed {@code kit export} after the kit's file was whole on disk and before
 * the export said what it wrote; the tester then swapped two applicants' names in that kit, had it
 * opened and scored, and the score file went in (a kit whose export finished was refused as "not
 * the kit this database wrote"). A kit whose written content was never said is now refused too.
 */
class InterruptedKitExportTest {

    @TempDir
    Path dir;

    @Test
    void aScoreFileFromAKitWhoseExportWasInterruptedIsRefused() throws Exception {
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            ExpertKit interrupted = new OfflineKits(secretary).issue(TestSessions.SECRETARY, ids.session(), "E2");
            Path file;
            try (Database laptop = OfflineDay.laptop(dir, interrupted)) {
                OfflineDay.signed(laptop, "A01", "80");
                file = Files.writeString(dir.resolve("E2.prscore"), ScoreFiles.export(laptop));
            }
            List<ScoreFilesImport.FileResult> results = new ScoreFilesImport(
                    new ScoreFileImport(secretary, TestSessions.SECRETARY)).importFiles(List.of(file), false, Optional.empty());
            String said = results.get(0).refusal().orElseThrow().message(Locale.ENGLISH);
            assertTrue(said.contains("comes from an export that ended before it said which file it wrote")
                    && said.contains("Nothing was imported"), said);
            assertEquals(0, secretary.read(s -> s.sheets().forSession(ids.session())).size());
        }
    }
}
