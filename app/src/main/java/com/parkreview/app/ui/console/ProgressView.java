package com.parkreview.app.ui.console;

import com.parkreview.app.review.Expert;
import com.parkreview.app.ui.common.UiText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The progress matrix: a row per applicant, a column per expert. Binds. */
public final class ProgressView {

    @FXML
    private TableView<ProgressViewModel.Row> matrix;

    public void bind(ProgressViewModel model) {
        matrix.setItems(model.rows());
        model.experts().addListener((ListChangeListener<Expert>) c -> columns(model));
        columns(model);
        matrix.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProgressViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("current");
                if (!empty && item != null && item.current()) {
                    getStyleClass().add("current");
                }
            }
        });
    }

    private void columns(ProgressViewModel model) {
        matrix.getColumns().clear();
        matrix.getColumns().add(column(UiText.text("applicants.slot"), 90,
                r -> r.applicant().slotStart().map(Object::toString).orElse("")));
        matrix.getColumns().add(column(UiText.text("applicants.name"), 330,
                r -> r.applicant().code() + "  " + r.applicant().name()));
        for (int i = 0; i < model.experts().size(); i++) {
            Expert expert = model.experts().get(i);
            int index = i;
            TableColumn<ProgressViewModel.Row, String> column = column(expert.code() + " " + expert.name(), 110,
                    r -> r.cells().get(index).text());
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    getStyleClass().removeIf(style -> style.startsWith("state-"));
                    if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                        getStyleClass().add("state-" + getTableRow().getItem().cells().get(index).state().name()
                                .toLowerCase(java.util.Locale.ROOT));
                    }
                }
            });
            matrix.getColumns().add(column);
        }
        matrix.getColumns().add(column(UiText.text("progress.missing"), 260, ProgressViewModel.Row::missing));
    }

    private static TableColumn<ProgressViewModel.Row, String> column(String title, double width,
            java.util.function.Function<ProgressViewModel.Row, String> value) {
        TableColumn<ProgressViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
