package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The panel grid's first column: each indicator's code and name where the grid has room for every
 * expert's column beside them, its code alone where it has not (the flags name indicators by code:
 * "指标 1.3"). At 1024 × 700 the names took 190 of the grid's 450 pixels, and the grid, scrolled to
 * the flagged expert, hid the column that ties the flagged cell to its indicator (round 22).
 */
final class IndicatorColumn {

    static final double NAMED_WIDTH = 190;
    static final double CODE_WIDTH = 52;
    /** The vertical scroll bar and the table's border, which the columns do not get. */
    private static final double CHROME = 24;

    private final TableView<PanelViewModel.Row> table;
    private final TableColumn<PanelViewModel.Row, String> column;
    private boolean named = true;

    private IndicatorColumn(TableView<PanelViewModel.Row> table) {
        this.table = table;
        this.column = TableColumns.wrappedText(UiText.text("panel.indicator"), NAMED_WIDTH, this::text);
    }

    /** The column, made for {@code table}, following the table's width and its other columns. */
    static TableColumn<PanelViewModel.Row, String> of(TableView<PanelViewModel.Row> table) {
        IndicatorColumn made = new IndicatorColumn(table);
        table.widthProperty().addListener((obs, was, now) -> made.fit());
        table.getColumns().addListener((ListChangeListener<TableColumn<PanelViewModel.Row, ?>>) c ->
                Platform.runLater(made::fit));
        return made.column;
    }

    private String text(PanelViewModel.Row row) {
        if (row.code().isEmpty()) {
            return row.label();
        }
        return named ? row.code() + "  " + row.label() : row.code();
    }

    private void fit() {
        if (!table.getColumns().contains(column) || table.getWidth() <= 0) {
            return;
        }
        double others = table.getColumns().stream().filter(c -> c != column).mapToDouble(TableColumn::getWidth).sum();
        boolean room = table.getWidth() - CHROME >= others + NAMED_WIDTH;
        if (room != named) {
            named = room;
            column.setPrefWidth(room ? NAMED_WIDTH : CODE_WIDTH);
            table.refresh();
        }
    }
}
