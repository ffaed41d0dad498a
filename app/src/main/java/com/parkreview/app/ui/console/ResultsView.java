package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.FitOrScroll;
import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** The results tab: the ranking with the budget line, the strip plot, agreement and leniency. Binds. */
public final class ResultsView {

    /** The ranking's share of the tab's height, the chart and the agreement below it. */
    private static final double RANKING_SHARE = 0.74;
    /** A height past any the tab has before it is shown in a window of at least 1024 × 640. */
    private static final double REAL_HEIGHT = 300;

    @FXML
    private SplitPane split;
    @FXML
    private TableView<ResultsViewModel.Line> table;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> rank;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> code;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> name;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> experts;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> score;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> tier;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> share;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> amount;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> running;
    @FXML
    private TableColumn<ResultsViewModel.Line, String> flags;
    @FXML
    private Label totals;
    @FXML
    private Label stripTitle;
    @FXML
    private StackPane strip;
    @FXML
    private Label agreement;
    @FXML
    private ListView<String> leniency;

    private final StripPlot plot = new StripPlot();

    public void bind(ResultsViewModel model) {
        keepTheRankingsShareUntilLaidOut();
        table.setItems(model.lines());
        Label nonePassed = new Label(UiText.text("results.nonePassed"));
        nonePassed.setWrapText(true);
        nonePassed.setMaxWidth(560);
        table.setPlaceholder(nonePassed);
        FitOrScroll.apply(table);
        bind(rank, ResultsViewModel.Line::rank);
        bind(code, ResultsViewModel.Line::code);
        bind(name, ResultsViewModel.Line::name);
        TableColumns.showWrappedText(name, ResultsViewModel.Line::name); // a full operator name, never cut with "…"
        bind(experts, ResultsViewModel.Line::experts);
        bind(score, ResultsViewModel.Line::score);
        bind(tier, ResultsViewModel.Line::tier);
        bind(share, ResultsViewModel.Line::share);
        bind(amount, ResultsViewModel.Line::amount);
        bind(running, ResultsViewModel.Line::running);
        bind(flags, ResultsViewModel.Line::flags);
        TableColumns.showWrappedText(flags, ResultsViewModel.Line::flags);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ResultsViewModel.Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("over-budget", "budget-line");
                if (!empty && item != null && item.overBudget()) {
                    getStyleClass().add("over-budget");
                    if (item.firstOverBudget()) {
                        getStyleClass().add("budget-line");
                    }
                }
            }
        });
        totals.textProperty().bind(model.totalsProperty());
        agreement.textProperty().bind(model.agreementProperty());
        leniency.setItems(model.leniency());
        leniency.setCellFactory(list -> new ListCell<>() {
            { // a sentence wraps within the list instead of scrolling sideways
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        stripTitle.textProperty().bind(model.stripTitleProperty());
        strip.getChildren().setAll(plot);
        model.strips().addListener((ListChangeListener<ResultsViewModel.Strip>) c -> plot.show(model.strips(),
                model.scale()));
        plot.show(model.strips(), model.scale());
    }

    /**
     * The split is first laid out while the tab is small, which moves its divider to keep the chart's
     * minimum; kept there, the ranking showed two of six applicants at 1024 × 700 (rounds 19 and 21).
     * The divider is put back at the ranking's share until the tab has its real height.
     */
    private void keepTheRankingsShareUntilLaidOut() {
        ChangeListener<Number> share = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> height, Number before, Number now) {
                split.setDividerPositions(RANKING_SHARE);
                if (now.doubleValue() >= REAL_HEIGHT) {
                    height.removeListener(this);
                }
            }
        };
        split.heightProperty().addListener(share);
    }

    private static void bind(TableColumn<ResultsViewModel.Line, String> column,
            Function<ResultsViewModel.Line, String> value) {
        column.setSortable(false); // the ranking's order is the point
        TableColumns.showText(column, value);
    }
}
