package com.parkreview.app.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;

/**
 * Enter in a form's field presses the form's button, as it does in a dialog (round 8's window
 * walk: Enter in the applicant and expert forms did nothing). A disabled button stays unpressed:
 * the form's own problem line already says what is missing.
 */
public final class EnterPresses {

    private EnterPresses() {
    }

    /** Every text field beside the button (in its form's pane, a field under its label too) presses it on Enter. */
    public static void buttonOfItsForm(Button button) {
        button.getParent().lookupAll(".text-field").stream()
                .filter(TextField.class::isInstance).map(TextField.class::cast)
                .forEach(field -> field.setOnAction(e -> button.fire())); // fire() does nothing while disabled
    }
}
