package com.parkreview.app.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;

/**
 * Asks before a form's dialog closes without its OK when something in it was changed: Esc, Cancel
 * or the window's ✕ used to throw away a filled session form, several minutes of typing, without a
 * word (a tester's round 5). What the dialog shows when it opens is compared with what it shows
 * when it is about to close: every text field's text, every choice's value, every tick.
 */
public final class DiscardGuard {

    private static final String SHOWN = DiscardGuard.class.getName() + ".shown";

    private DiscardGuard() {
    }

    public static void install(Dialog<ButtonType> dialog) {
        install(dialog, Optional.empty());
    }

    /**
     * As {@link #install(Dialog)}, comparing with what an earlier showing of the same form showed
     * first: a form shown again as it was typed (after a reason not given) still asks (window walk 10).
     */
    public static void install(Dialog<ButtonType> dialog, Optional<List<Object>> firstShown) {
        dialog.setOnShown(e -> dialog.getDialogPane().getProperties().put(SHOWN,
                firstShown.orElseGet(() -> state(dialog.getDialogPane()))));
        dialog.setOnCloseRequest(event -> {
            ButtonType result = dialog.getResult();
            if (result != null && result.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                return;
            }
            Object shown = dialog.getDialogPane().getProperties().get(SHOWN);
            if (shown != null && !shown.equals(state(dialog.getDialogPane()))
                    && !Confirm.ask(dialog.getDialogPane().getScene().getWindow(), UiText.text("form.discard"),
                            "discardChanges")) {
                event.consume(); // back to the form, as it was typed
            }
        });
    }

    /** What the dialog showed when it opened (or the earlier showing it is compared with). */
    @SuppressWarnings("unchecked")
    public static Optional<List<Object>> firstShown(Dialog<ButtonType> dialog) {
        return Optional.ofNullable((List<Object>) dialog.getDialogPane().getProperties().get(SHOWN));
    }

    /** What the user can change in the dialog, in the order of its nodes. */
    static List<Object> state(Parent root) {
        List<Object> values = new ArrayList<>();
        collect(root, values);
        return values;
    }

    /** The form's own nodes only, never a control's insides (its skin formats and fills them as it likes). */
    private static void collect(Node node, List<Object> values) {
        if (node instanceof TextInputControl text) {
            values.add(text.getText());
        } else if (node instanceof ComboBoxBase<?> choice) {
            values.add(choice.getValue());
        } else if (node instanceof Toggle toggle) {
            values.add(toggle.isSelected());
        } else if (node instanceof CheckBox box) {
            values.add(box.isSelected());
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), values);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            collect(titled.getContent(), values);
        } else if (node instanceof DialogPane pane) {
            if (pane.getContent() != null) {
                collect(pane.getContent(), values);
            }
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, values);
            }
        }
    }
}
