package com.parkreview.app.ui.console;

import com.parkreview.app.review.Expert;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The secretary's console: its header and the four tabs. Binds and forwards. */
public final class ConsoleView {

    /** What the console asks for. */
    public interface Actions extends ProgressView.Actions {
        void back();

        void refresh();

        void merge();

        void print(PrintKind kind);

        void importScores();

        void handOutKits(List<Expert> experts);
    }

    /** The sheets and files the console prints or exports. */
    public enum PrintKind {
        SIGN_IN, SUMMARIES, RESULTS, PACK, RESULTS_PDF, RESULTS_XLSX;

        /** The kind a print menu's item names in its FXML {@code userData}. */
        public static PrintKind chosenIn(ActionEvent event) {
            return valueOf((String) ((MenuItem) event.getSource()).getUserData());
        }
    }

    private final Actions actions;

    @FXML
    private Label title;
    @FXML
    private FlowPane subtitle;
    @FXML
    private Label staleWarning;
    @FXML
    private Label closedNote;
    @FXML
    private Button importScores;
    @FXML
    private Button merge;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab panelTab;
    @FXML
    private Tab progressTab;
    @FXML
    private SetupView setupController;
    @FXML
    private ProgressView progressController;
    @FXML
    private PanelView panelController;
    @FXML
    private ResultsView resultsController;

    public ConsoleView(Actions actions) {
        this.actions = actions;
    }

    public void bind(String sessionTitle, String details, SetupViewModel setup, ProgressViewModel progress,
            PanelViewModel panel, ResultsViewModel results) {
        title.setText(sessionTitle);
        setDetails(details);
        setupController.bind(setup);
        setupController.onHandOutKits(actions::handOutKits);
        progressController.bind(progress);
        progressController.onActions(actions);
        panelController.bind(panel);
        resultsController.bind(results);
    }

    /** The line under the header that says the results are out of date, shown while it has something to say. */
    public void bindStaleWarning(ObservableStringValue warning) {
        staleWarning.textProperty().bind(warning);
        staleWarning.visibleProperty().bind(staleWarning.textProperty().isNotEmpty());
        staleWarning.managedProperty().bind(staleWarning.visibleProperty());
    }

    /**
     * A closed session (已结束) changes no more: the console says so under its header and its
     * buttons that would change it are off (a change still asked for is refused by its use case).
     */
    public void setClosed(boolean closed) {
        closedNote.setVisible(closed);
        closedNote.setManaged(closed);
        importScores.setDisable(closed);
        merge.setDisable(closed);
        for (Tab tab : tabs.getTabs()) {
            ClosedSessionControls.lock(tab.getContent(), closed);
        }
    }

    /**
     * The session's details, wrapped between its items, never inside one: "预算 3000.00 万" with "元"
     * alone on the next line (a tester's round 17, 1024 × 700). A long item (a venue) wraps in itself.
     */
    public void setDetails(String details) {
        // a detail left blank (a venue) is left out, not shown as "· ·" (round 24)
        String[] items = Arrays.stream(details.split(" · ")).filter(item -> !item.isBlank()).toArray(String[]::new);
        subtitle.getChildren().clear();
        for (int i = 0; i < items.length; i++) {
            Label item = new Label(i < items.length - 1 ? items[i] + " · " : items[i]);
            item.getStyleClass().add("muted");
            item.setWrapText(true);
            item.maxWidthProperty().bind(subtitle.widthProperty());
            subtitle.getChildren().add(item);
        }
    }

    /** The tab with the panel view. */
    public void showPanel() {
        tabs.getSelectionModel().select(panelTab);
    }

    /** The tab with the progress matrix. */
    public void showProgress() {
        tabs.getSelectionModel().select(progressTab);
    }

    @FXML
    private void importScores() {
        actions.importScores();
    }

    @FXML
    private void back() {
        actions.back();
    }

    @FXML
    private void refresh() {
        actions.refresh();
    }

    @FXML
    private void merge() {
        actions.merge();
    }

    @FXML
    private void print(ActionEvent event) {
        actions.print(PrintKind.chosenIn(event));
    }
}
