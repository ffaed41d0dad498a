package com.parkreview.app.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a text area moves to the next field, as in every other field of a form (Shift+Tab to the
 * one before); Ctrl+Tab types a tab, for the rare opinion that wants one. JavaFX's own text area
 * does the opposite, which kept an expert tabbing through the score form inside the opinion box.
 */
public final class TabLeavesTextArea {

    private final TextArea area;
    private boolean moving;

    private TabLeavesTextArea(TextArea area) {
        this.area = area;
    }

    public static void install(TextArea area) {
        TabLeavesTextArea keys = new TabLeavesTextArea(area);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
    }

    private void pressed(KeyEvent e) {
        if (moving || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        e.consume();
        if (e.isControlDown()) {
            if (area.isEditable()) {
                area.replaceSelection("\t");
            }
            return;
        }
        // the key JavaFX's text area moves the focus with: Ctrl+Tab, with Shift to go back
        moving = true;
        try {
            area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                    e.isShiftDown(), true, false, false));
        } finally {
            moving = false;
        }
    }
}
