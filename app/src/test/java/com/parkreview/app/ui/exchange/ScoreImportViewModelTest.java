package com.parkreview.app.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Score files imported from the console: a line per file, each imported whole or refused with its reason. */
@InLocale("zh")
class ScoreImportViewModelTest {

    @TempDir
    Path dir;

    private Database secretary;
    private TestSessions.Ids ids;
    private Database laptop;

    @BeforeEach
    void setUp() {
        secretary = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(secretary, 2, 5);
        laptop = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), 2));
        OfflineDay.signed(laptop, "A01", "80");
        OfflineDay.signed(laptop, "A02", "70");
    }

    @AfterEach
    void tearDown() {
        laptop.close();
        secretary.close();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private ScoreImportViewModel importer() {
        return new ScoreImportViewModel(secretary, TestSessions.SECRETARY, ids.session());
    }

    @Test
    void goodFileIsImportedAndATamperedOneRefusedEachOnItsOwn() throws Exception {
        String good = ScoreFiles.export(laptop);
        com.fasterxml.jackson.databind.node.ObjectNode document = ScoreFiles.tree(good);
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("sheets").get(0).get("scores").get(0))
                .put("score", "4");
        Path tampered = file("E2-改.prscore", document.toString());
        ScoreImportViewModel model = importer();
        boolean changed = model.importFiles(List.of(tampered, file("E2.prscore", good)));
        assertTrue(changed);
        assertEquals(2, model.results().size());
        ScoreImportViewModel.FileResult refused = model.results().get(0);
        assertFalse(refused.imported());
        assertTrue(refused.text().startsWith("已拒绝：E2-改.prscore"), refused.text());
        ScoreImportViewModel.FileResult imported = model.results().get(1);
        assertTrue(imported.imported());
        assertTrue(imported.text().startsWith("专家 E2 专家2，密钥 "), imported.text());
        assertTrue(imported.text().contains("（本次登记）") && imported.text().contains("导入：A01 A02。"), imported.text());
        assertEquals("已导入 1 个文件，拒绝 1 个。", model.summaryProperty().get());
        assertEquals(2, secretary.read(s -> s.sheets().forSession(ids.session())).size());
    }

    @Test
    void sameFileAgainChangesNothingAndSaysSo() throws Exception {
        Path file = file("E2.prscore", ScoreFiles.export(laptop));
        importer().importFiles(List.of(file));
        ScoreImportViewModel again = importer();
        assertFalse(again.importFiles(List.of(file)));
        assertTrue(again.results().get(0).text().contains("已有且相同：A01 A02。没有新内容。"),
                again.results().get(0).text());
        assertTrue(again.results().get(0).text().contains("与已登记密钥一致"), again.results().get(0).text());
    }

    @Test
    void changedSignedSheetIsRefusedUntilAReReviewIsOrderedThenFillsTheNewRound() throws Exception {
        importer().importFiles(List.of(file("E2.prscore", ScoreFiles.export(laptop))));
        DatabaseFile laptopFile = laptop.file();
        laptop.close();
        laptop = Database.open(laptopFile, OpenOptions.existing().withClock(
                Clock.offset(TestSessions.CLOCK, Duration.ofMinutes(20))));
        long sheet = laptop.read(s -> s.sheets().current(OfflineDay.mode(laptop).expertId(),
                OfflineDay.applicant(laptop, "A01"))).orElseThrow().id();
        ScoringService scoring = new ScoringService(laptop);
        Actor self = Actor.expert("E2", "本人");
        scoring.reopen(self, sheet, "复评：重新核对入驻企业数据");
        scoring.commitScore(self, sheet, "5.3", "5");
        scoring.sign(self, sheet);
        Path answer = file("E2-复评.prscore", ScoreFiles.export(laptop));

        for (boolean box : new boolean[] {false, true}) {
            ScoreImportViewModel beforeTheOrder = importer();
            beforeTheOrder.reReviewProperty().set(box);
            assertFalse(beforeTheOrder.importFiles(List.of(answer)));
            assertTrue(beforeTheOrder.results().get(0).text().contains("已签名的评分表只能通过重新评审改变"),
                    beforeTheOrder.results().get(0).text());
        }

        TestSessions.reReviewOrdered(secretary, ids.expert(2), ids.applicant(1));
        ScoreImportViewModel afterTheOrder = importer();
        assertTrue(afterTheOrder.importFiles(List.of(answer)));
        assertTrue(afterTheOrder.results().get(0).text().contains("答复已下达的重新评审：A01。"),
                afterTheOrder.results().get(0).text());
    }

    @Test
    void fileThatIsNotAScoreFileIsRefusedNamingIt() throws Exception {
        ScoreImportViewModel model = importer();
        model.importFiles(List.of(file("照片.prscore", "\u0089PNG")));
        assertFalse(model.results().get(0).imported());
        assertTrue(model.results().get(0).text().contains("照片.prscore"), model.results().get(0).text());
        assertEquals("已导入 0 个文件，拒绝 1 个。", model.summaryProperty().get());
    }
}
