package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.ui.common.ColumnTitles;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.UnsavedEntries;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The panel view of one applicant. Binds and forwards; asks for a resolution's reason in a dialog. */
public final class PanelView {

    private PanelViewModel model;

    @FXML
    private ListView<Applicant> applicants;
    @FXML
    private Label heading;
    @FXML
    private TableView<PanelViewModel.Row> table;
    @FXML
    private Label outcome;
    @FXML
    private VBox flags;
    @FXML
    private TextArea jointOpinion;
    @FXML
    private BarChart<Number, String> dimensions;

    public void bind(PanelViewModel model) {
        this.model = model;
        applicants.setItems(model.applicants());
        applicants.setCellFactory(l -> new ListCell<>() {
            {
                // a long name wraps within the list's width, where it was cut at the edge with no "…" (round 17)
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Applicant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code() + "  " + item.name());
            }
        });
        applicants.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                try {
                    model.select(now);
                } catch (RuntimeException e) {
                    ErrorDialog.show(table.getScene().getWindow(), e);
                    Platform.runLater(
                            () -> applicants.getSelectionModel().select(model.selectedProperty().get()));
                }
            }
        });
        // The rows change whenever another applicant, or the same one read again, is shown.
        model.rows().addListener((ListChangeListener<PanelViewModel.Row>) c -> showSelected());
        showSelected();
        table.setItems(model.rows());
        Label empty = sentence();
        empty.textProperty().bind(model.emptyTableProperty());
        table.setPlaceholder(empty);
        ColumnTitles.fit(table);
        model.experts().addListener((ListChangeListener<Expert>) c -> columns());
        columns();
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PanelViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("heading-row");
                setTooltip(empty || item == null ? null : new Tooltip(item.code() + "  " + item.label()));
                if (!empty && item != null && item.heading()) {
                    getStyleClass().add("heading-row");
                }
            }
        });
        outcome.textProperty().bind(model.outcomeProperty());
        model.flags().addListener((ListChangeListener<PanelViewModel.FlagItem>) c -> showFlags());
        model.noFlagsProperty().addListener((obs, was, now) -> showFlags());
        showFlags();
        jointOpinion.textProperty().bindBidirectional(model.jointOpinionProperty());
        UnsavedEntries.watch(jointOpinion, model::storeTyped); // the window's close stores it, as leaving the box does
        jointOpinion.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                guarded(model::commitJointOpinion);
            }
        });
        model.dimensions().addListener((ListChangeListener<PanelViewModel.DimensionShare>) c -> chart());
        chart();
    }

    private void showSelected() {
        Applicant now = model.selectedProperty().get();
        if (applicants.getSelectionModel().getSelectedItem() != now) {
            applicants.getSelectionModel().select(now);
        }
        heading.setText(now == null ? "" : now.code() + "  " + now.name());
    }

    private void columns() {
        table.getColumns().clear();
        // wrapped: an indicator's name was cut with "…" at 1024 × 700 (round 7); its code alone where the grid is narrow
        table.getColumns().add(IndicatorColumn.of(table));
        table.getColumns().add(TableColumns.text(UiText.text("score.max"), 52, PanelViewModel.Row::max));
        for (int i = 0; i < model.experts().size(); i++) {
            Expert expert = model.experts().get(i);
            int index = i;
            TableColumn<PanelViewModel.Row, PanelViewModel.Cell> column = new TableColumn<>(expert.code() + "\n"
                    + expert.name());
            column.setPrefWidth(64);
            column.setSortable(false);
            column.setUserData(expert.id());
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    c.getValue().cells().isEmpty() ? null : c.getValue().cells().get(index)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(PanelViewModel.Cell item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("flagged");
                    setTooltip(null);
                    setText(empty || item == null ? null : item.text() + item.flagged().map(f -> " ※").orElse(""));
                    if (!empty && item != null && item.flagged().isPresent()) {
                        getStyleClass().add("flagged");
                        setTooltip(new Tooltip(item.flagged().get()));
                    }
                }
            });
            table.getColumns().add(column);
        }
        table.getColumns().add(TableColumns.text(UiText.text("panel.mean"), 70, r -> r.mean().text()));
    }

    /**
     * The column of the expert a flag is about, scrolled into sight: at 1024 × 700 the table shows one
     * expert or two, and the flagged E5 was out of sight while its flags were read (round 17). Scrolled
     * no further than it takes, so that the indicator column stays in sight where it can (round 22).
     */
    private void reveal(PanelViewModel.FlagItem flag) {
        flag.expertId().flatMap(id -> table.getColumns().stream().filter(c -> id.equals(c.getUserData())).findFirst())
                .ifPresent(column -> GridScroll.bringIntoSight(table, column));
    }

    private void showFlags() {
        flags.getChildren().clear();
        model.flags().stream().filter(PanelViewModel.FlagItem::open).findFirst()
                .or(() -> model.flags().stream().findFirst())
                .ifPresent(first -> Platform.runLater(() -> reveal(first))); // once laid out
        if (model.flags().isEmpty()) {
            Label none = new Label(model.noFlagsProperty().get());
            none.setId("noFlags");
            none.setWrapText(true);
            none.setMinHeight(Region.USE_PREF_SIZE);
            flags.getChildren().add(none);
        }
        for (PanelViewModel.FlagItem flag : model.flags()) {
            Label text = new Label(flag.explanation());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(4, text);
            box.getStyleClass().add("card");
            box.setId("flag-" + flag.record().flagCode().replace(':', '_').replace('.', '_'));
            box.setOnMouseClicked(e -> reveal(flag)); // reading a flag shows the expert's column
            if (flag.resolution().isPresent()) {
                box.getChildren().add(muted(flag.resolution().get()));
            } else {
                Button accept = new Button(UiText.text("panel.accept"));
                // the flag named: the dialog covers the list of them (round 21 F15)
                accept.setOnAction(e -> askText(UiText.text("panel.acceptPrompt", flag.explanation()))
                        .ifPresent(r -> guarded(() -> model.accept(flag, r))));
                FlowPane buttons = new FlowPane(6, 6, accept); // wraps when narrow
                if (!flag.reReviewable()) { // offered, it asked for a reason and then refused (window walk 10)
                    box.getChildren().addAll(buttons, muted(UiText.text("panel.acceptOnly")));
                    flags.getChildren().add(box);
                    continue;
                }
                if (flag.expertId().isPresent()) {
                    Button one = new Button(UiText.text("panel.reReviewExpert"));
                    one.setOnAction(e -> askText(model.reReviewQuestion(flag, false))
                            .ifPresent(r -> guarded(() -> model.reReview(flag, false, r))));
                    buttons.getChildren().add(one);
                }
                Button all = new Button(UiText.text("panel.reReviewPanel"));
                all.setOnAction(e -> askText(model.reReviewQuestion(flag, true))
                        .ifPresent(r -> guarded(() -> model.reReview(flag, true, r))));
                buttons.getChildren().add(all);
                box.getChildren().add(buttons);
            }
            flags.getChildren().add(box);
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("muted");
        return label;
    }

    /** A sentence that wraps in the empty table's middle. */
    private static Label sentence() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }

    private void chart() {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (PanelViewModel.DimensionShare share : model.dimensions()) {
            series.getData().add(new XYChart.Data<>(share.percent(), share.name()));
        }
        dimensions.getData().setAll(List.of(series));
    }

    private Optional<String> askText(String prompt) {
        return ReasonPrompt.ask(ErrorDialog.windowOf(table), UiText.text("panel.flags"), prompt, "resolutionDialog",
                "resolutionReason");
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(ErrorDialog.windowOf(table), action);
    }
}
