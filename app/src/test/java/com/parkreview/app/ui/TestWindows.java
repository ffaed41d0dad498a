package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.FxTasks;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a test database, as a user sees it: the client's own composition root,
 * settings of its own (the user's recent files are left alone), 1280×760 — within the headless
 * screen, about a laptop's.
 */
public final class TestWindows {

    private TestWindows() {
    }

    public static ClientRoot open(Stage stage, Database db, FileDialogs files) {
        return open(stage, db, files, 1280, 760);
    }

    /** The window at a size of its own: 1024 × 700 is the smallest laptop screen it is made for. */
    public static ClientRoot open(Stage stage, Database db, FileDialogs files, double width, double height) {
        return open(stage, context(db, files), width, height);
    }

    /** A context on a test database with settings of its own, for a test that works with the context too. */
    public static ClientContext context(Database db, FileDialogs files) {
        Preferences preferences = Preferences.userRoot().node("com/parkreview/test/" + System.nanoTime());
        return new ClientContext(new ClientSettings(preferences), db, files);
    }

    /** The window on a context the test made, 1280 × 760. */
    public static ClientRoot open(Stage stage, ClientContext context) {
        return open(stage, context, 1280, 760);
    }

    private static ClientRoot open(Stage stage, ClientContext context, double width, double height) {
        ClientRoot root = new ClientRoot(context, stage);
        root.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return root;
    }

    /**
     * Waits until the window's work on the worker is done and what it does after on the FX
     * thread too (twice over: a continuation may start another job).
     */
    public static void settle(FxTasks tasks) {
        try {
            for (int round = 0; round < 2; round++) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, tasks::idle);
                WaitForAsyncUtils.waitForFxEvents();
            }
        } catch (TimeoutException e) {
            throw new AssertionError("the window's work did not end in 60 s", e);
        }
    }

    /**
     * Chooses the menu item of this id from the window's menu bar; a dialog it opens waits for its
     * answer, so the item fires later on the FX thread, not inside the robot's interact.
     */
    public static void chooseMenuItem(FxRobot robot, String id) {
        MenuBar menus = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        MenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the window's ✕ sends; the window hides when nothing consumed the request, as the toolkit does. */
    public static void closeRequest(Stage stage) {
        Platform.runLater(() -> {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(request);
            if (!request.isConsumed()) {
                stage.hide();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
