package com.parkreview.app.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.ClientRoot;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
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
 * 评审批次 › 新建评审批次… opens the start page's new-session form, and a session made there
 * opens in the console, as the start page's button does (a tester found no menu entry for it).
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class NewSessionFromMenuTest {

    @TempDir
    Path dir;

    private Database db;
    private ClientRoot root;

    @Start
    void start(Stage stage) {
        db = TestSessions.freshDatabase(dir);
        root = TestWindows.open(stage, db, FileDialogs.system());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void theSessionMenuMakesASessionThatOpensInTheConsole(FxRobot robot) {
        MenuItem properties = menuItem(robot, "sessionProperties");
        assertTrue(properties.isDisable(), "no console open yet");
        Platform.runLater(menuItem(robot, "newSessionMenu")::fire); // the dialog waits for its answer
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane form = robot.lookup("#newSessionDialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            field(robot, form, "name").setText("2026年度石景山区园区运营支持评审");
            robot.from(form).lookup("#date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 10));
            field(robot, form, "venue").setText("区政务服务中心 3 层会议室");
            field(robot, form, "budget").setText("3000");
        });
        robot.clickOn(form.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, db.read(s -> s.sessions().list()).size());
        assertFalse(properties.isDisable(), "the session made is open in the console");
    }

    /** A tester's round 5: Esc on a filled form threw it away without a word. */
    @Test
    void leavingAFilledFormAsksFirstAndKeepsItWhenTheAnswerIsNo(FxRobot robot) {
        Platform.runLater(menuItem(robot, "newSessionMenu")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane form = robot.lookup("#newSessionDialog").queryAs(DialogPane.class);
        robot.interact(() -> field(robot, form, "name").setText("2027年度第二批次"));
        robot.clickOn(form.lookupButton(ButtonType.CANCEL));
        DialogPane asked = robot.lookup("#discardChanges").queryAs(DialogPane.class);
        assertEquals("不保存就关闭此表单吗？其中已填写的内容将丢失。", asked.getContentText());
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL)); // no: back to the form
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.getScene().getWindow().isShowing(), "the form stays open");
        assertEquals("2027年度第二批次", field(robot, form, "name").getText());
        robot.clickOn(form.lookupButton(ButtonType.CANCEL));
        robot.clickOn(robot.lookup("#discardChanges").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.getScene() == null || !form.getScene().getWindow().isShowing(), "closed when the answer is yes");
        assertEquals(0, db.read(s -> s.sessions().list()).size());
    }

    /** At 1024 × 700 the tiers wrap: a label is level with the top of its field, and off the dialog's left edge. */
    @Test
    void theFormsLabelsSitLevelWithTheirFieldsAwayFromTheDialogsEdge(FxRobot robot) {
        robot.interact(() -> {
            Stage window = (Stage) robot.lookup((Node n) -> n instanceof MenuBar).query().getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(700);
        });
        Platform.runLater(menuItem(robot, "newSessionMenu")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane form = robot.lookup("#newSessionDialog").queryAs(DialogPane.class);
        Node citation = robot.from(form).lookup("#citation").query();
        Node tiers = robot.from(form).lookup("#tiers").query();
        double[] offsets = {top(label(robot, form, "政策依据")) - top(citation),
            top(label(robot, form, "档次与支持比例")) - top(tiers)};
        for (double offset : offsets) {
            assertTrue(offset >= 0 && offset <= 8, "the label's top is level with its field's: " + offset + " px lower");
        }
        double left = label(robot, form, "名称").localToScene(0, 0).getX();
        assertTrue(left >= 10, "the labels keep off the dialog's left edge: " + left + " px");
        robot.clickOn(form.lookupButton(ButtonType.CANCEL));
    }

    private static Label label(FxRobot robot, DialogPane form, String text) {
        return robot.from(form).lookup((Node n) -> n instanceof Label l && text.equals(l.getText())).queryAs(Label.class);
    }

    private static double top(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar menus = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        return menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static TextField field(FxRobot robot, DialogPane form, String id) {
        return robot.from(form).lookup((Node n) -> n instanceof TextField && id.equals(n.getId())).queryAs(TextField.class);
    }
}
