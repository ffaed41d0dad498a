package com.parkreview.app.ui.console;

import com.parkreview.app.review.PaperComparison;
import com.parkreview.app.ui.common.Confirm;
import com.parkreview.app.ui.common.DialogsFitScreen;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.UiText;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The second entry of a paper sheet in a dialog: the typist, then each indicator. "Compare"
 * records it and shows the outcome; after a mismatch the dialog stays open to type again.
 */
public final class SecondEntryDialog {

    /** An indicator's name wraps within this width beside its field. */
    private static final double NAME_WIDTH = 230;

    private SecondEntryDialog() {
    }

    /** Shows the dialog; returns whether a second entry was recorded (the console then reads the session again). */
    public static boolean show(Window owner, String heading, SecondEntryViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("secondEntry.title"));
        dialog.setHeaderText(heading);
        dialog.getDialogPane().setId("secondEntryDialog");
        DialogsFitScreen.allowWide(dialog.getDialogPane());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        TextField typist = new TextField();
        typist.setId("secondEntryTypist");
        typist.textProperty().bindBidirectional(model.typistProperty());
        grid.addRow(0, new Label(UiText.text("secondEntry.typist")), typist);
        GridPane.setColumnSpan(typist, 3);
        // the indicators in two columns, down the first then the second: the dialog stays within a
        // laptop's 700 high, its outcome and buttons in sight
        int perColumn = (model.fields().size() + 1) / 2;
        int index = 0;
        List<TextField> scores = new ArrayList<>();
        for (SecondEntryViewModel.Field field : model.fields()) {
            TextField score = new TextField();
            scores.add(score);
            // Enter goes to the next indicator, as in the score form (round 8: it did nothing here)
            score.setOnAction(e -> {
                int next = scores.indexOf(score) + 1;
                if (next < scores.size()) {
                    scores.get(next).requestFocus();
                }
            });
            score.setId("secondEntry-" + field.indicator().code().replace('.', '_'));
            score.setPrefColumnCount(4);
            score.setMinWidth(Region.USE_PREF_SIZE); // the typed score stays in sight, however long the names
            score.textProperty().bindBidirectional(field.typed());
            Label name = new Label(field.indicator().code() + "  " + field.indicator().name()
                    + "（" + field.indicator().max().toPlainString() + "）");
            name.setWrapText(true); // whole on two lines rather than cut with "…" (round 7)
            name.setPrefWidth(NAME_WIDTH);
            name.setMinWidth(NAME_WIDTH);
            name.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(name, index / perColumn * 2, 1 + index % perColumn);
            grid.add(score, index / perColumn * 2 + 1, 1 + index % perColumn);
            index++;
        }
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        Label outcome = new Label();
        outcome.setId("secondEntryOutcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(560);
        outcome.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not one cut short
        outcome.textProperty().bind(model.outcomeProperty());
        model.countedProperty().addListener((obs, was, now) -> outcome.getStyleClass()
                .setAll(now ? "outcome" : "problem"));
        VBox settle = new VBox(6);
        settle.setId("secondEntrySettle");
        model.differences().addListener((ListChangeListener<PaperComparison.Difference>) c ->
                SettleRows.fill(settle, model, dialog.getDialogPane()));
        // many differences scroll: the dialog stays within a laptop's 700 high
        ScrollPane settleRows = new ScrollPane(settle);
        settleRows.setFitToWidth(true);
        settleRows.setMaxHeight(200);
        settleRows.getStyleClass().add("edge-to-edge");
        settleRows.visibleProperty().bind(Bindings.isNotEmpty(settle.getChildren()));
        settleRows.managedProperty().bind(settleRows.visibleProperty());
        // the whole scrolls once the dialog is made smaller than it (large text on a laptop)
        ScrollPane content = DialogsFitScreen.scrolling(new VBox(10, grid, problem, outcome, settleRows));
        dialog.getDialogPane().setContent(content);
        ButtonType compare = new ButtonType(UiText.text("secondEntry.compare"),
                ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().setAll(compare, ButtonType.CLOSE);
        Button compareButton = (Button) dialog.getDialogPane().lookupButton(compare);
        compareButton.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.countedProperty()));
        boolean[] recorded = {false};
        compareButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the outcome
            try {
                model.enter();
                recorded[0] = true;
                // the dialog grows to the outcome and the differences to settle, its buttons kept in sight
                Platform.runLater(() -> {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    content.setVvalue(content.getVmax()); // the outcome and the choices, below the scores (round 24)
                });
            } catch (RuntimeException error) {
                ErrorDialog.show(dialog.getDialogPane().getScene().getWindow(), error);
            }
        });
        // Esc, Close or ✕ with scores typed and not compared asks first (round 8: six scores lost to Esc)
        dialog.setOnCloseRequest(event -> {
            if (model.typedNotEntered() && !Confirm.ask(dialog.getDialogPane().getScene().getWindow(),
                    UiText.text("secondEntry.discard"), "discardSecondEntry")) {
                event.consume();
            }
        });
        dialog.showAndWait();
        return recorded[0];
    }
}
