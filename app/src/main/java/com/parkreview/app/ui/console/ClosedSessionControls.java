package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.UnsavedEntries;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;

/**
 * The controls of a closed session's tabs that would change it, switched off: each row of buttons,
 * each form for a new applicant or expert, and each text that is typed into (read, not edited). A
 * tester's round 6 found import, template and kit export live in a closed session, and a joint
 * opinion typed into it refused yet left on screen. The walk goes into split panes, scroll panes
 * and titled panes, whose content a node lookup does not reach before the window has shown them.
 */
final class ClosedSessionControls {

    private ClosedSessionControls() {
    }

    static void lock(Node tabContent, boolean closed) {
        List<Node> nodes = new ArrayList<>();
        collect(tabContent, nodes);
        for (Node node : nodes) {
            if (node.getStyleClass().contains(UnsavedEntries.FORM)) {
                node.setDisable(closed);
            } else if (node instanceof ButtonBase && node.getParent() != null) {
                node.getParent().setDisable(closed); // the row: a button's own disabling is bound to a selection
            } else if (node instanceof TextInputControl text) {
                text.setEditable(!closed);
            }
        }
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        List<Node> inside = new ArrayList<>();
        if (node instanceof SplitPane split) {
            inside.addAll(split.getItems());
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            inside.add(scroll.getContent());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            inside.add(titled.getContent());
        } else if (node instanceof Parent parent) {
            inside.addAll(parent.getChildrenUnmodifiable());
        }
        inside.forEach(child -> collect(child, into));
    }
}
