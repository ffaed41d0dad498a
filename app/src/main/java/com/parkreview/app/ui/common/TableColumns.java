package com.parkreview.app.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

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

    /** {@link #text}, its text wrapping as {@link #showWrappedText}'s. */
    public static <R> TableColumn<R, String> wrappedText(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = text(title, width, value);
        column.setCellFactory(c -> new WrappingCell<>(column));
        return column;
    }

    /**
     * The column's text wraps to its width and the row grows to show it whole, rather than being
     * cut with "…": for names, which can be long (an operator's full name, an expert marked 组长).
     */
    public static <R> void showWrappedText(TableColumn<R, String> column, Function<R, String> value) {
        showText(column, value);
        column.setCellFactory(c -> new WrappingCell<>(column));
    }

    private static final class WrappingCell<R> extends TableCell<R, String> {

        private static final double PADDING = 12;

        private final Text text = new Text();

        WrappingCell(TableColumn<R, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            text.fillProperty().bind(textFillProperty()); // white on a selected row, as a plain cell
            text.fontProperty().bind(fontProperty());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty || item == null ? null : text);
        }
    }
}
