package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Backups in the window, through to a restore: a backup written now, a session made after
 * it, the backup restored (on the worker, the window drawing meanwhile): the window works on the
 * restored database, without the later session, and the replaced file is kept beside it.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class RestoreInTheWindowTest {

    @TempDir
    Path dir;

    private ClientContext context;
    private ClientRoot root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Database file = TestSessions.freshDatabase(dir);
        TestSessions.session(file, 2, 5);
        context = TestWindows.context(file, new ScriptedFileDialogs());
        root = TestWindows.open(stage, context);
    }

    @AfterEach
    void close() {
        ScreenWalk.run(context::close);
    }

    @Test
    void aBackupRestoredInTheWindowIsTheDatabaseItWorksOnAndTheReplacedFileIsKept(FxRobot robot) throws Exception {
        Platform.runLater(menuItemNamed(UiText.text("menu.file.backups"))::fire);
        DialogPane backups = waitFor(robot, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> button(backups, UiText.text("backups.now")).fire());
        TestWindows.settle(root.tasks());
        ListView<?> list = (ListView<?>) backups.lookup(".list-view");
        assertEquals(1, list.getItems().size(), "the backup written now is listed");
        String shown = ((ListCell<?>) list.lookup(".list-cell")).getText();
        assertTrue(shown.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 .*\\.backup-.*\\.zip"), "local time, then the name: " + shown);

        TestSessions.session(context.workspace().store(), 1, 5); // a session made after the backup
        assertEquals(2, sessions());

        robot.interact(() -> list.getSelectionModel().select(0));
        int windows = (int) Window.getWindows().stream().count();
        Platform.runLater(button(backups, UiText.text("backups.restore"))::fire);
        waitFor(robot, () -> Window.getWindows().size() > windows); // the confirmation
        robot.interact(() -> Window.getWindows().stream().map(w -> w.getScene().getRoot().lookup(".dialog-pane"))
                .filter(p -> p instanceof DialogPane pane && pane.lookupButton(ButtonType.OK) != null)
                .map(p -> (Button) ((DialogPane) p).lookupButton(ButtonType.OK)).findFirst().orElseThrow().fire());
        TestWindows.settle(root.tasks());
        waitFor(robot, () -> restoredSaid(robot).isPresent());
        DialogPane said = restoredSaid(robot).orElseThrow();
        assertTrue(said.getContentText().startsWith("已恢复 ") && said.getContentText().contains(".before-restore-"),
                "the restore is said, with where the replaced file is kept: " + said.getContentText());
        robot.interact(() -> ((Button) said.lookupButton(ButtonType.OK)).fire());

        assertEquals(1, sessions(), "the window works on the restored database");
        try (Stream<Path> kept = Files.list(dir)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().contains(".before-restore-")),
                    "the replaced file is kept beside it");
        }
        assertTrue(context.workspace().store().read(s -> s.history().verify()).intact());
    }

    private static Optional<DialogPane> restoredSaid(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith("已恢复 ")).findFirst();
    }

    private int sessions() {
        return context.workspace().store().read(s -> s.sessions().list()).size();
    }

    private static ButtonBase button(DialogPane pane, String text) {
        return pane.lookupAll(".button").stream().map(ButtonBase.class::cast).filter(b -> text.equals(b.getText()))
                .findFirst().orElseThrow();
    }

    private static DialogPane waitFor(FxRobot robot, Callable<Boolean> shown) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, shown);
        } catch (TimeoutException e) {
            throw new AssertionError("not shown in 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class).orElse(null);
    }

    private MenuItem menuItemNamed(String text) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow();
    }
}
