package com.parkreview.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** A message for the user that needs no answer but OK: something done, or why it was not. */
public final class InfoDialog {

    private InfoDialog() {
    }

    /** Shows {@code text} over {@code owner} under {@code title}, and waits for OK. */
    public static void show(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
