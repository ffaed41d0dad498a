package com.parkreview.app.ui.common;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks for the short text an action needs and keeps: a reason for the history, a typist's name.
 * OK stays disabled until something other than spaces is typed, and the answer comes back
 * without the spaces around it.
 */
public final class ReasonPrompt {

    private ReasonPrompt() {
    }

    /**
     * @param id the dialog's id; its text field's is {@code fieldId} (what tests and screen
     *     readers find them by)
     * @return the text, or empty when the user cancelled
     */
    public static Optional<String> ask(Window owner, String title, String prompt, String id, String fieldId) {
        TextInputDialog dialog = new TextInputDialog();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getDialogPane().setId(id);
        dialog.getEditor().setId(fieldId);
        dialog.getEditor().setPrefColumnCount(36);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> dialog.getEditor().getText().isBlank(), dialog.getEditor().textProperty()));
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }
}
