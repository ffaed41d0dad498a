package com.parkreview.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * The words a screen shows only in part: a label, button, tab or column header, dialog header or
 * combo box value whose skin draws its text shortened with an ellipsis, a table meant to show all
 * its columns that cannot, a field whose hint (prompt text) is wider than the field, a tab whose
 * header has no room, or a control that reaches past the window's edge where nothing scrolls.
 * Rows of tables and lists are left out: their data may be longer than a column, and the column
 * can be widened.
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
            } else if (node instanceof TextField field && squeezed(field)) {
                cut.add(field.getId() + " \"" + field.getText() + "\" → (field squeezed to " + field.getWidth()
                        + " px, made for " + field.prefWidth(-1) + ")");
            }
            if (node instanceof TabPane tabs) {
                tabsOutOfSight(tabs).forEach(tab -> cut.add(tab + " → (tab header out of sight)"));
            }
            if (node instanceof Control control && beyondWindow(control)) {
                cut.add(name(control) + " → (beyond the window's edge, " + control.getScene().getWidth() + " × "
                        + control.getScene().getHeight() + " px)");
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
        return labeled.getText() != null && !labeled.getText().isEmpty();
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

    /** A short field (a score, a code: a few characters) laid out narrower than it was made: what it holds is hidden. */
    private static boolean squeezed(TextField field) {
        return field.getPrefColumnCount() <= 6 && field.getWidth() > 0 && field.getWidth() < field.prefWidth(-1) - 0.5;
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

    /** The tabs whose headers the tab pane has no room for: shown only through its menu of tabs. */
    private static List<String> tabsOutOfSight(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        Parent headers = (Parent) tabs.lookup(".headers-region");
        if (area == null || headers == null) {
            return List.of();
        }
        double right = area.localToScene(area.getLayoutBounds()).getMaxX();
        Node buttons = tabs.lookup(".control-buttons-tab");
        if (buttons != null && buttons.isVisible()) {
            right = Math.min(right, buttons.localToScene(buttons.getLayoutBounds()).getMinX());
        }
        List<String> out = new ArrayList<>();
        for (Node header : headers.getChildrenUnmodifiable()) {
            if (header.isVisible() && header.localToScene(header.getLayoutBounds()).getMaxX() > right + 0.5) {
                header.lookupAll(".tab-label").stream().filter(Labeled.class::isInstance)
                        .map(label -> ((Labeled) label).getText()).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a control reaches past the window's right or bottom edge where no scroll bar brings
     * it into sight: its words, or part of them, cannot be seen at all.
     */
    private static boolean beyondWindow(Control control) {
        Scene scene = control.getScene();
        if (control.getWidth() <= 0 || control.getHeight() <= 0 || scrolls(control)) {
            return false;
        }
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        return bounds.getMaxX() > scene.getWidth() + 0.5 || bounds.getMaxY() > scene.getHeight() + 0.5;
    }

    private static boolean scrolls(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n instanceof VirtualFlow<?> || n instanceof TableHeaderRow
                    || n.getStyleClass().contains("tab-header-area")) { // a table's headers scroll with its rows
                return true;
            }
        }
        return false;
    }

    private static String name(Control control) {
        if (control instanceof Labeled labeled && saysSomething(labeled)) {
            return labeled.getText();
        }
        return control.getId() != null ? "#" + control.getId() : control.getClass().getSimpleName();
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
            if (n.getStyleClass().contains("list-cell") && n.getParent() instanceof ComboBoxBase<?>) {
                return false; // a combo box's own cell: the value chosen, drawn like a label
            }
            if (n.getStyleClass().contains("table-row-cell") || n.getStyleClass().contains("list-cell")) {
                return true;
            }
        }
        return false;
    }
}
