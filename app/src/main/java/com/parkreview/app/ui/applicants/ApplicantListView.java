package com.parkreview.app.ui.applicants;

import com.parkreview.app.ui.common.ColumnTitles;
import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The expert's applicants. Binds and forwards. */
public final class ApplicantListView {

    /** What the list asks for. */
    public interface Actions {
        void open(ApplicantListViewModel.Row row);

        void signOut();
    }

    private final Actions actions;

    @FXML
    private Label heading;
    @FXML
    private TableView<ApplicantListViewModel.Row> table;
    @FXML
    private TableColumn<ApplicantListViewModel.Row, String> code;
    @FXML
    private TableColumn<ApplicantListViewModel.Row, String> name;
    @FXML
    private TableColumn<ApplicantListViewModel.Row, String> slot;
    @FXML
    private TableColumn<ApplicantListViewModel.Row, String> progress;
    @FXML
    private Button open;

    public ApplicantListView(Actions actions) {
        this.actions = actions;
    }

    public void bind(ApplicantListViewModel model, String expertName) {
        heading.setText(UiText.text("applicants.heading", expertName));
        table.setItems(model.rows());
        ColumnTitles.fit(table);
        TableColumns.showText(code, row -> row.applicant().code());
        TableColumns.showWrappedText(name, row -> row.applicant().name());
        TableColumns.showText(slot, ApplicantListViewModel.Row::slotText);
        TableColumns.showWrappedText(progress, ApplicantListViewModel.Row::progressText); // a re-review's note wraps
        table.setRowFactory(t -> {
            TableRow<ApplicantListViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(ApplicantListViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("recused", "signed");
                    if (!empty && item != null) {
                        if (!item.openable()) {
                            getStyleClass().add("recused");
                        } else if (item.progress() == ApplicantListViewModel.SheetProgress.SIGNED) {
                            getStyleClass().add("signed");
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().openable()) {
                    actions.open(row.getItem());
                }
            });
            return row;
        });
        open.disableProperty().bind(Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null
                        || !table.getSelectionModel().getSelectedItem().openable(),
                table.getSelectionModel().selectedItemProperty()));
        model.rows().stream().filter(ApplicantListViewModel.Row::openable).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    @FXML
    private void open() {
        actions.open(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void signOut() {
        actions.signOut();
    }
}
