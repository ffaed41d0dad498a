package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.UiText;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;
import com.parkreview.app.review.PaperComparison;
import javafx.stage.Window;

/**
 * The second entry of a paper sheet in a dialog: the typist, then each indicator. "Compare"
 * records it and shows the outcome; after a mismatch the dialog stays open to type again.
 */
public final class SecondEntryDialog {

    private SecondEntryDialog() {
    }

    /** Shows the dialog; returns whether a second entry was recorded (the console then reads the session again). */
    public static boolean show(Window owner, String heading, SecondEntryViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("secondEntry.title"));
        dialog.setHeaderText(heading);
        dialog.getDialogPane().setId("secondEntryDialog");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        TextField typist = new TextField();
        typist.setId("secondEntryTypist");
        typist.textProperty().bindBidirectional(model.typistProperty());
        grid.addRow(0, new Label(UiText.text("secondEntry.typist")), typist);
        // two columns of indicators: the thirteen of Table 1 fit a laptop's 700 high; Tab still goes in order
        int perColumn = (model.fields().size() + 1) / 2;
        for (int i = 0; i < model.fields().size(); i++) {
            SecondEntryViewModel.Field field = model.fields().get(i);
            TextField score = new TextField();
            score.setId("secondEntry-" + field.indicator().code().replace('.', '_'));
            score.setPrefColumnCount(4);
            score.textProperty().bindBidirectional(field.typed());
            int column = i / perColumn * 2;
            grid.add(new Label(field.indicator().code() + "  " + field.indicator().shortName()
                    + "（" + field.indicator().max().toPlainString() + "）"), column, 1 + i % perColumn);
            grid.add(score, column + 1, 1 + i % perColumn);
        }
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label outcome = new Label();
        outcome.setId("secondEntryOutcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(760);
        outcome.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never cut
        outcome.textProperty().bind(model.outcomeProperty());
        model.countedProperty().addListener((obs, was, now) -> outcome.getStyleClass()
                .setAll(now ? "outcome" : "problem"));
        VBox settle = new VBox(6);
        settle.setId("secondEntrySettle");
        model.differences().addListener((ListChangeListener<PaperComparison.Difference>) c ->
                SettleRows.fill(settle, model, dialog.getDialogPane()));
        dialog.getDialogPane().setContent(new VBox(10, grid, problem, outcome, settle));
        ButtonType compare = new ButtonType(UiText.text("secondEntry.compare"),
                javafx.scene.control.ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().setAll(compare, ButtonType.CLOSE);
        Button compareButton = (Button) dialog.getDialogPane().lookupButton(compare);
        compareButton.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.countedProperty()));
        boolean[] recorded = {false};
        compareButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the outcome
            try {
                model.enter();
                recorded[0] = true;
            } catch (RuntimeException error) {
                ErrorDialog.show(dialog.getDialogPane().getScene().getWindow(), error);
            }
        });
        dialog.showAndWait();
        return recorded[0];
    }
}
