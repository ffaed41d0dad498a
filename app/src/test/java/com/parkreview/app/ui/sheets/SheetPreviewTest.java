package com.parkreview.app.ui.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.sheets.PrintedDemo;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print preview draws the pages on the screen, not the whole pack: a pack of the demonstration
 * day opens with a few pages drawn, and its last page is drawn once scrolled to. (Drawn all at once,
 * a 214-page pack held about 600 MB of images.)
 */
@InLocale("zh")
@ExtendWith(ApplicationExtension.class)
class SheetPreviewTest {

    @TempDir
    Path dir;

    private final ReportService reports = new ReportService();
    private final FxTasks tasks = new FxTasks();
    private PrintedDemo demo;
    private List<FilledSheet> pack;
    private SheetPreview preview;

    @Start
    void start(Stage stage) {
        demo = new PrintedDemo(dir);
        pack = demo.pack();
        stage.setScene(new Scene(new Pane(), 400, 300));
        preview = new SheetPreview(stage, reports, tasks, FileDialogs.system(), pack,
                new DocumentInfo("评审材料", "评审材料", Optional.empty(), "ParkReview"));
        preview.getDialogPane().setPrefSize(800, 600);
        stage.show();
        preview.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        demo.close();
    }

    @Test
    void onlyThePagesOnTheScreenAreDrawnAndTheLastOneWhenScrolledTo(FxRobot robot) throws Exception {
        int pages = pack.stream().mapToInt(reports::pageCount).sum();
        assertTrue(pages > 3 * PreviewPages.KEPT / 2, "a pack longer than what is kept: " + pages + " pages");
        ListView<?> list = robot.lookup(".preview-pages").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup(".preview-pages .image-view").queryAll()
                .stream().allMatch(n -> ((ImageView) n).getImage() == null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pages, list.getItems().size(), "every page listed");
        int first = WaitForAsyncUtils.asyncFx(preview::pagesDrawn).get();
        assertTrue(first >= 1 && first <= 4, "drawn at first: " + first + " of " + pages);

        robot.interact(() -> list.scrollTo(pages - 1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(preview::pagesDrawn).get() > first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(preview.pagesDrawn() <= first + 4, "only the pages scrolled to: " + preview.pagesDrawn());
    }
}
