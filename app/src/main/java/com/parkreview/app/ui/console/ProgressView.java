package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.ui.common.ColumnTitles;
import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The progress matrix: a row per applicant, a column per expert; paper entry from a chosen cell. Binds and forwards. */
public final class ProgressView {

    /** The slot and the applicant come before the experts' columns. */
    private static final int FIRST_EXPERT_COLUMN = 2;

    /** What the matrix asks for, about the chosen cell. */
    public interface Actions {
        void paperEntry(Expert expert, Applicant applicant);

        void secondEntry(Expert expert, Applicant applicant, ScoreSheet sheet);

        /** A conflict of interest the expert declared on paper (the sign-in sheet), recorded by the secretary. */
        void recordRecusal(Expert expert, Applicant applicant, boolean afterSigning);
    }

    private ProgressViewModel model;
    private Actions actions = new Actions() {
        @Override
        public void paperEntry(Expert expert, Applicant applicant) {
        }

        @Override
        public void secondEntry(Expert expert, Applicant applicant, ScoreSheet sheet) {
        }

        @Override
        public void recordRecusal(Expert expert, Applicant applicant, boolean afterSigning) {
        }
    };

    @FXML
    private TableView<ProgressViewModel.Row> matrix;
    @FXML
    private Label selection;
    @FXML
    private Button paperEntry;
    @FXML
    private Button secondEntry;
    @FXML
    private Button recordRecusal;

    public void onActions(Actions actions) {
        this.actions = actions;
    }

    public void bind(ProgressViewModel model) {
        this.model = model;
        matrix.setItems(model.rows());
        Label nonePassed = new Label(UiText.text("progress.nonePassed"));
        nonePassed.setWrapText(true);
        nonePassed.setMaxWidth(560);
        matrix.setPlaceholder(nonePassed);
        ColumnTitles.fit(matrix);
        matrix.getSelectionModel().setCellSelectionEnabled(true);
        matrix.getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) c -> showChosen());
        showChosen();
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

    /** The chosen cell, when it is an expert's: its expert, applicant and state. */
    private Optional<Chosen> chosen() {
        if (matrix.getSelectionModel().getSelectedCells().isEmpty()) {
            return Optional.empty();
        }
        TablePosition<?, ?> position = matrix.getSelectionModel().getSelectedCells().get(0);
        int expertIndex = position.getColumn() - FIRST_EXPERT_COLUMN;
        if (position.getRow() < 0 || position.getRow() >= model.rows().size() || expertIndex < 0
                || expertIndex >= model.experts().size()) {
            return Optional.empty();
        }
        ProgressViewModel.Row row = model.rows().get(position.getRow());
        return Optional.of(new Chosen(model.experts().get(expertIndex), row.applicant(), row.cells().get(expertIndex)));
    }

    private record Chosen(Expert expert, Applicant applicant, ProgressViewModel.Cell cell) {
    }

    private void showChosen() {
        Optional<Chosen> chosen = chosen();
        selection.setText(chosen.map(c -> UiText.text("progress.chosen", c.applicant().code(), c.expert().code(),
                c.expert().name(), c.cell().text())).orElse(UiText.text("progress.chooseCell")));
        paperEntry.setDisable(chosen.filter(c -> c.cell().paperEntryPossible()).isEmpty());
        secondEntry.setDisable(chosen.filter(c -> c.cell().awaitingSecondEntry()).isEmpty());
        recordRecusal.setDisable(chosen.filter(c -> c.cell().recusalPossible()).isEmpty());
    }

    @FXML
    private void recordRecusal() {
        chosen().ifPresent(c -> actions.recordRecusal(c.expert(), c.applicant(), c.cell().recusalSetsSheetAside()));
    }

    @FXML
    private void paperEntry() {
        chosen().ifPresent(c -> actions.paperEntry(c.expert(), c.applicant()));
    }

    @FXML
    private void secondEntry() {
        chosen().ifPresent(c -> c.cell().sheet().ifPresent(sheet -> actions.secondEntry(c.expert(), c.applicant(), sheet)));
    }

    private void columns(ProgressViewModel model) {
        matrix.getColumns().clear();
        matrix.getColumns().add(TableColumns.text(UiText.text("applicants.slot"), 90,
                r -> r.applicant().slotStart().map(Object::toString).orElse("")));
        matrix.getColumns().add(TableColumns.wrappedText(UiText.text("applicants.name"), 330,
                r -> r.applicant().code() + "  " + r.applicant().name()));
        for (int i = 0; i < model.experts().size(); i++) {
            Expert expert = model.experts().get(i);
            int index = i;
            TableColumn<ProgressViewModel.Row, String> column = TableColumns.text(
                    expert.code() + " " + expert.name(), 110, r -> r.cells().get(index).text());
            column.setCellFactory(c -> new TableCell<>() {
                {
                    setWrapText(true); // 已签署，待复核（纸质） whole, the row taller, never cut with "…"
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    getStyleClass().removeIf(style -> style.startsWith("state-"));
                    if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                        getStyleClass().add("state-" + getTableRow().getItem().cells().get(index).state().name()
                                .toLowerCase(Locale.ROOT));
                    }
                }
            });
            matrix.getColumns().add(column);
        }
        matrix.getColumns().add(
                TableColumns.wrappedText(UiText.text("progress.missing"), 260, ProgressViewModel.Row::missing));
    }
}
