package com.parkreview.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * The main window closing (its ✕, File › Exit) while a form of the window still holds something
 * typed and not yet added: an applicant or an expert on the set-up tab (a tester's round 5 typed a
 * whole applicant, closed the window, and it was gone without a question). Such a form is marked
 * with the style class {@value #FORM}; what was added or saved is never asked about.
 */
public final class UnsavedEntries {

    /** The style class of a form whose typed text is not yet stored. */
    public static final String FORM = "entry-form";

    private UnsavedEntries() {
    }

    /** Whether the window may close: nothing typed and not added, or the user says to close anyway. */
    public static boolean mayClose(Stage window) {
        if (window.getScene() == null || !typedIn(window.getScene().getRoot())) {
            return true;
        }
        return Confirm.ask(window, UiText.text("window.unsavedEntry"), "unsavedEntry");
    }

    static boolean typedIn(Node root) {
        return root.lookupAll("." + FORM).stream().flatMap(form -> form.lookupAll("*").stream())
                .anyMatch(node -> node instanceof TextInputControl text && text.getText() != null
                        && !text.getText().isBlank());
    }
}
