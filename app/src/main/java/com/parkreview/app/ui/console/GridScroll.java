package com.parkreview.app.ui.console;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Scrolls a table sideways just far enough to show one column whole, where {@code scrollToColumn}
 * puts the column at the left edge and so hides every column before it, the one that names the
 * rows among them.
 */
final class GridScroll {

    private GridScroll() {
    }

    static <R> void bringIntoSight(TableView<R> table, TableColumn<R, ?> column) {
        ScrollBar bar = horizontalBar(table);
        if (bar == null || !bar.isVisible()) {
            return; // every column is in sight
        }
        double left = -1;
        double content = 0;
        for (TableColumn<R, ?> each : table.getVisibleLeafColumns()) {
            if (each == column) {
                left = content;
            }
            content += each.getWidth();
        }
        if (left < 0) {
            return;
        }
        double right = left + column.getWidth();
        double shown = content - bar.getMax(); // the bar's value runs over the pixels the view cannot show
        double value = bar.getValue();
        if (right > value + shown) {
            value = right - shown;
        }
        if (left < value) {
            value = left;
        }
        bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), value)));
    }

    private static ScrollBar horizontalBar(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL)
                .findFirst().orElse(null);
    }
}
