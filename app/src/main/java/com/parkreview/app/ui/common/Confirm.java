package com.parkreview.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A yes-or-no question before an action that cannot be taken back: OK goes on, Cancel or closing
 * does not. Enter answers Cancel: a tired Esc then Enter once discarded a whole form (round 6).
 */
public final class Confirm {

    private Confirm() {
    }

    /** @param id the dialog's id, what tests and screen readers find it by */
    public static boolean ask(Window owner, String question, String id) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.getDialogPane().setId(id);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.initOwner(owner);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
