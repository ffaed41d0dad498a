package com.parkreview.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Columns never narrower than their titles: each column's least width is its header's title at
 * the font the header is drawn in, plus the header's padding — whatever the language or the text
 * size (150 % display scaling) — or the least width it was made with, where that is more. A
 * table that then no longer has room for all its columns scrolls sideways ({@link FitOrScroll}).
 */
public final class ColumnTitles {

    /** Rounding, so that a title that just fits is not shortened by a fraction of a pixel. */
    private static final double SLACK = 2;
    private static final String MADE = ColumnTitles.class.getName() + ".made";

    private ColumnTitles() {
    }

    /** From now on, after each layout of the table, widens the columns whose titles need it. */
    public static void fit(TableView<?> table) {
        table.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                widen(table);
            }
        });
    }

    private static void widen(TableView<?> table) {
        Node headers = table.lookup(".column-header-background");
        if (headers == null) {
            return;
        }
        for (Node node : headers.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()
                    && header.lookup(".label") instanceof Label title) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                double made = (double) column.getProperties().computeIfAbsent(MADE, key -> column.getMinWidth());
                double least = Math.max(made, Math.ceil(title.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset() + SLACK));
                if (column.getMinWidth() != least) {
                    column.setMinWidth(least);
                }
                if (column.getPrefWidth() < least) {
                    column.setPrefWidth(least);
                }
            }
        }
    }
}
