package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a test does in the secretary's console as the secretary would: tabs, cells, dialogs, menus. */
final class ConsoleSteps {

    /** The console's tabs, in order. */
    enum Tab { SETUP, PROGRESS, PANEL, RESULTS }

    private final FxRobot robot;
    private final Runnable settle;

    /** @param settle waits for the window's work on its worker (a print is made there) */
    ConsoleSteps(FxRobot robot, Runnable settle) {
        this.robot = robot;
        this.settle = settle;
    }

    void tab(Tab tab) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tab.ordinal()));
    }

    /** Answers the dialog with this id with OK. */
    void ok(String dialogId) {
        DialogPane dialog = robot.lookup(dialogId).queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
    }

    /** Chooses the progress matrix's cell of the applicant's row (0 first) and the expert (E5). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void cell(int row, String expertCode) {
        TableView matrix = robot.lookup("#matrix").queryAs(TableView.class);
        robot.interact(() -> {
            Object column = matrix.getColumns().stream()
                    .filter(c -> ((TableColumn) c).getText().startsWith(expertCode + " ")).findFirst().orElseThrow();
            matrix.getSelectionModel().clearAndSelect(row, (TableColumn) column);
        });
    }

    /**
     * Picks an item of the Print / export menu by its id. Fired later on the FX thread, and the
     * sheets made on the worker waited for, not what is shown after: it may be a dialog that
     * waits for its answer.
     */
    void print(String itemId) {
        MenuButton print = robot.lookup("#print").queryAs(MenuButton.class);
        MenuItem item = print.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        settle.run();
    }

    /** Types a paper sheet's scores in the form the typist sees (Enter after each), the opinion, and signs it. */
    void typeAndSign(String[] scores, String opinion) throws Exception {
        TextField first = robot.lookup("#score-1_1").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, first::isFocused); // typing starts in the first field
        for (String score : scores) {
            robot.write(score).push(KeyCode.ENTER);
        }
        robot.write(opinion);
        // pressed as Space would: the form's side panel scrolls on a 700-high screen, out of the robot's reach
        javafx.scene.control.Button sign = robot.lookup("#sign").queryButton();
        Platform.runLater(sign::fire);
        WaitForAsyncUtils.waitForFxEvents();
        ok("#signConfirm");
    }

    /** The console's out-of-date warning once it shows, waited for: the console learns of a change by itself. */
    String staleWarning() throws Exception {
        Label stale = robot.lookup("#staleWarning").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stale::isVisible);
        return stale.getText();
    }

    void staleWarningGone() throws Exception {
        Label stale = robot.lookup("#staleWarning").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stale.isVisible());
        assertTrue(!stale.isVisible());
    }

    /** The table with this id (set-up's applicants, experts …). */
    TableView<?> table(String id) {
        return robot.lookup((Node n) -> n instanceof TableView && id.equals(n.getId())).queryAs(TableView.class);
    }
}
