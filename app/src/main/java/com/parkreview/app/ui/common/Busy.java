package com.parkreview.app.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Long work the window waits for: done on the worker while the window's controls are disabled,
 * the wait cursor shows and the status bar says what is being done; then the result is used, or
 * the failure shown, back on the FX thread.
 */
public final class Busy {

    private Busy() {
    }

    public static <T> void run(FxTasks tasks, Window owner, String doing, Callable<T> work, Consumer<T> then) {
        Parent root = owner.getScene().getRoot();
        Node found = root.lookup("#status");
        Label status = found instanceof Label label ? label : null;
        String before = status == null ? null : status.getText();
        root.setDisable(true);
        owner.getScene().setCursor(Cursor.WAIT);
        if (status != null) {
            status.setText(doing);
        }
        Runnable idle = () -> {
            root.setDisable(false);
            owner.getScene().setCursor(null);
            if (status != null && doing.equals(status.getText())) {
                status.setText(before);
            }
        };
        tasks.run(work, result -> {
            idle.run();
            ErrorDialog.guard(owner, () -> then.accept(result));
        }, error -> {
            idle.run();
            ErrorDialog.show(owner, error);
        });
    }
}
