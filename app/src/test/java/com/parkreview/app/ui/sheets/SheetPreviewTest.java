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

    /**
     * A tester's round 17 pressed 打印… on a laptop with no printer: "发生了 ParkReview 未预料的错误".
     * It is said as what it is, with the way on (save as PDF). Only where this machine has no printer.
     */
    @Test
    void printingWithNoPrinterSaysSoAndHowToGoOn(FxRobot robot) {
        org.junit.jupiter.api.Assumptions.assumeFalse(reports.printerAvailable(), "this machine has a printer");
        robot.clickOn(robot.lookup(".button").match(org.testfx.matcher.control.LabeledMatchers.hasText("打印…"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup(".dialog-pane .content").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled).map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null && t.contains("本机没有可用的打印机")).findFirst().orElse("");
        assertTrue(said.contains("另存为 PDF"), "said: " + said);
        assertTrue(robot.lookup(".dialog-pane").queryAll().stream().noneMatch(n -> String.valueOf(
                ((javafx.scene.control.DialogPane) n).getContentText()).contains("未预料")));
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> String.valueOf(((javafx.scene.control.DialogPane) n).getContentText()).contains("打印机"))
                .forEach(n -> ((javafx.stage.Stage) n.getScene().getWindow()).close()));
    }
}
