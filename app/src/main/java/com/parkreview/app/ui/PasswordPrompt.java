package com.parkreview.app.ui;

import com.parkreview.app.ui.common.UiText;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for an encrypted database's file password, without echo. */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    static Optional<char[]> ask(Window owner, String prompt) {
        PasswordField field = new PasswordField();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("app.title"));
        dialog.getDialogPane().setContent(new VBox(8, new Label(prompt), field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(b -> field.getText().toCharArray());
    }
}
