package com.parkreview.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * The words a screen shows only in part: a label or button whose skin draws its text shortened
 * with an ellipsis, a table meant to show all its columns that cannot, or a field whose hint (prompt
 * text) is wider than the field. Rows of tables
 * and lists are left out: their data may be longer than a column, and the column can be widened.
 */
public final class CutText {

    private CutText() {
    }

    /** Each cut text as "full → shown", in the order of the scene graph; empty when all fit. */
    public static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (!showing(node) || inRow(node)) {
                continue;
            }
            if (node instanceof Labeled labeled && saysSomething(labeled)) {
                String shown = shown(labeled);
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
                if (!shown.isEmpty() && !shown.equals(whole)) { // empty: not drawn (yet)
                    cut.add(whole + " → " + shown);
                }
            } else if (node instanceof TableView<?> table && columnsOutOfSight(table)) {
                cut.add(table.getColumns().stream().map(TableColumnBase::getText).toList()
                        + " → (columns wider than their table, " + table.getWidth() + " px)");
            } else if (node instanceof TextField field && field.getText().isEmpty() && hintTooWide(field)) {
                cut.add(field.getPromptText() + " → (hint wider than its field, " + field.getWidth() + " px)");
            }
        }
        return cut;
    }

    /** The visible labels and buttons below {@code root} that have something to say, rows left out. */
    public static List<Labeled> labels(Parent root) {
        return root.lookupAll("*").stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(labeled -> showing(labeled) && !inRow(labeled) && saysSomething(labeled)).toList();
    }

    /** Whether the skins of all {@link #labels} draw their text: until laid out a skin holds none. */
    public static boolean drawn(Parent root) {
        return labels(root).stream().noneMatch(labeled -> shown(labeled).isEmpty());
    }

    private static boolean saysSomething(Labeled labeled) {
        return !labeled.getText().isEmpty();
    }

    /** The text the label's skin draws: its own, or shortened with an ellipsis. */
    private static String shown(Labeled label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse("");
    }

    /**
     * Whether a table made to show every column (a constrained resize policy) needs more width
     * than it has, so that some are out of sight. Tables that scroll sideways are made to.
     */
    private static boolean columnsOutOfSight(TableView<?> table) {
        if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return false;
        }
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
        return columns > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 0.5;
    }

    private static boolean hintTooWide(TextField field) {
        String hint = field.getPromptText();
        if (hint == null || hint.isEmpty()) {
            return false;
        }
        Text text = new Text(hint);
        text.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return text.getLayoutBounds().getWidth() > room + 0.5;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean inRow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("table-row-cell") || n.getStyleClass().contains("list-cell")) {
                return true;
            }
        }
        return false;
    }
}
