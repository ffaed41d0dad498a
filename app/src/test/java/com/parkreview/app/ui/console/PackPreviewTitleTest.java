package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tester's round 24: the whole pack's preview, and the PDF saved from it, were titled 专家签到表, its first sheet. */
@InLocale("zh")
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class PackPreviewTitleTest extends DemoConsoleWindowTest {

    @Start
    void start(Stage stage) {
        openDemo(stage, 1024, 700);
    }

    @Test
    void thePacksPreviewIsNamedForThePack(FxRobot robot) throws Exception {
        robot.interact(() -> root.showConsole(1));
        MenuButton print = robot.lookup("#print").queryAs(MenuButton.class);
        MenuItem pack = print.getItems().stream().filter(i -> "PACK".equals(i.getUserData())).findFirst().orElseThrow();
        robot.interact(pack::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("全套材料")));
        String title = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("全套材料")).map(w -> ((Stage) w).getTitle()).findFirst().orElseThrow();
        assertTrue(title.matches("全套材料（\\d+ 份表）"), title);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide));
    }
}
