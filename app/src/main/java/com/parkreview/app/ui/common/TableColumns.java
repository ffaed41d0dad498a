package com.parkreview.app.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns that show a row's text as the view model words it: read-only, never edited in place. */
public final class TableColumns {

    private TableColumns() {
    }

    /** The column shows {@code value} of each row. */
    public static <R> void showText(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** A column made in code, in the order the view model gives (not sortable by a click). */
    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        showText(column, value);
        return column;
    }
}
