package com.parkreview.app.ui.common;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table whose columns share its width while they fit at their least widths, and that scrolls
 * sideways once they do not (a laptop's 1024 wide): every column stays reachable, none is pushed
 * past the edge with no scroll bar to reach it, as the constrained resize policy alone does.
 */
public final class FitOrScroll {

    /** The table's own borders and the vertical scroll bar. */
    private static final double CHROME = 20;

    private FitOrScroll() {
    }

    /** Also keeps each column at least as wide as its title ({@link ColumnTitles}). */
    public static void apply(TableView<?> table) {
        ColumnTitles.fit(table);
        table.widthProperty().addListener((obs, was, now) -> choose(table, now.doubleValue()));
        // a column made wider than it was (its title at a larger text: ColumnTitles) may leave too little room
        InvalidationListener widened = o -> choose(table, table.getWidth());
        table.getColumns().forEach(column -> column.minWidthProperty().addListener(widened));
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(column -> column.minWidthProperty().addListener(widened));
            }
        });
        choose(table, table.getWidth());
    }

    private static void choose(TableView<?> table, double width) {
        double least = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + CHROME;
        boolean fits = width <= 0 || width >= least;
        if (fits && table.getColumnResizePolicy() != TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        } else if (!fits && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        }
    }
}
