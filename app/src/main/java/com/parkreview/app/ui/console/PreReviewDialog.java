package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.DialogsFitScreen;
import com.parkreview.app.ui.common.DiscardGuard;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.UiText;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The pre-review of one applicant: the materials checklist, then passed, or failed with its reason and a note. */
final class PreReviewDialog {

    private PreReviewDialog() {
    }

    /** Shows the dialog; returns whether the pre-review was recorded. */
    static boolean show(Window owner, PreReviewViewModel model) {
        Applicant applicant = model.applicant();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("prereview.title", applicant.code(), applicant.name()));
        dialog.setHeaderText(UiText.text("prereview.title", applicant.code(), applicant.name()));
        dialog.getDialogPane().setId("preReviewDialog");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Label materials = new Label(UiText.text("prereview.materials"));
        materials.getStyleClass().add("section-title");
        grid.addRow(0, materials);
        int row = 1;
        for (PreReviewViewModel.Line line : model.lines()) {
            CheckBox received = new CheckBox(line.label());
            received.setWrapText(true); // a long name wraps: "(必需)" / "(required)" stays in sight
            received.setPrefWidth(340);
            received.setMinHeight(Region.USE_PREF_SIZE);
            received.setId("material-" + line.material().name());
            received.selectedProperty().bindBidirectional(line.received());
            TextField note = new TextField();
            note.setId("materialNote-" + line.material().name());
            note.setPromptText(UiText.text("prereview.note"));
            note.setPrefColumnCount(22);
            note.textProperty().bindBidirectional(line.note());
            grid.addRow(row++, received, note);
        }
        ComboBox<PreReview.Result> result = new ComboBox<>();
        result.getItems().setAll(PreReview.Result.values());
        result.setConverter(Converters.showing(r -> UiText.text("prereview." + r.name())));
        result.valueProperty().bindBidirectional(model.resultProperty());
        result.setId("preReviewResult");
        ComboBox<PreReview.FailReason> reason = new ComboBox<>();
        reason.getItems().setAll(PreReview.FailReason.values());
        reason.setConverter(Converters.showing(r -> UiText.text("prereview.reason." + r.name())));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        reason.setId("preReviewReason");
        reason.disableProperty().bind(result.valueProperty().isNotEqualTo(PreReview.Result.FAILED));
        TextField note = new TextField();
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setId("preReviewNote");
        grid.addRow(row++, new Label(UiText.text("prereview.result")), result);
        grid.addRow(row++, new Label(UiText.text("prereview.reasonLabel")), reason);
        grid.addRow(row, new Label(UiText.text("prereview.note")), note);
        Label problem = new Label();
        problem.setId("preReviewProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(600);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        problem.setStyle("-fx-min-height: 3.6em;"); // room kept: the boxes above stay put as the reason comes and goes
        problem.setAlignment(Pos.TOP_LEFT);
        // the reason stays in sight below the checklist, which alone scrolls on a small screen
        dialog.getDialogPane().setContent(new VBox(10, DialogsFitScreen.scrolling(grid), problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.problemProperty().isNotEmpty());
        boolean[] saved = {false};
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                Optional<String> kits = model.save();
                saved[0] = true;
                kits.ifPresent(text -> InfoDialog.show(dialog.getDialogPane().getScene().getWindow(),
                        UiText.text("prereview.title", applicant.code(), applicant.name()), text));
            } catch (RuntimeException error) {
                e.consume(); // stays open: nothing was recorded, the secretary corrects and tries again
                ErrorDialog.show(dialog.getDialogPane().getScene().getWindow(), error);
            }
        });
        DiscardGuard.install(dialog); // Esc with ticks or a conclusion changed asks first (round 8 window F14)
        dialog.showAndWait();
        return saved[0];
    }
}
