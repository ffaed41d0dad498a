package com.parkreview.app.ui.scoring;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.InitialFocus;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.TabLeavesTextArea;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.UnsavedEntries;
import com.parkreview.app.ui.timer.DefenseTimerView;
import com.parkreview.app.ui.timer.DefenseTimerViewModel;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/**
 * The score form. Binds the view model and forwards the expert's keys: Enter or Tab stores the
 * field and goes to the next indicator, Shift+Tab to the one before; a value rule 2 refuses keeps
 * the focus, with the reason beside it and on the field's decoration. The indicators' rows are
 * laid out by {@link IndicatorGrid}.
 */
public final class ScoreFormView {

    /** What the form asks for. */
    public interface Actions {
        void back();

        /** Preview and print the expert's sheet ({@code blank} false) or a blank sheet of the applicant. */
        void print(long applicantId, boolean blank);
    }

    private final Actions actions;
    private ScoreFormViewModel model;

    @FXML
    private Label applicant;
    @FXML
    private Label applicantDetails;
    @FXML
    private Label status;
    @FXML
    private ScrollPane scroll;
    @FXML
    private GridPane grid;
    @FXML
    private Label total;
    @FXML
    private Label tier;
    @FXML
    private Label amount;
    @FXML
    private TextArea opinion;
    @FXML
    private Button sign;
    @FXML
    private Button reopen;
    @FXML
    private DefenseTimerView timerController;
    @FXML
    private Button printSheet;
    @FXML
    private Button back;

    public ScoreFormView(Actions actions) {
        this.actions = actions;
    }

    public void bind(ScoreFormViewModel model, DefenseTimerViewModel timer) {
        this.model = model;
        timerController.bind(timer);
        Applicant a = model.applicant();
        applicant.setText(a.code() + "  " + a.name());
        // a paper sheet's form goes back to the console, and says so (round 24 read "← 我的评审单位")
        back.setText(UiText.text(model.typedFromPaper() ? "score.backToConsole" : "score.back"));
        applicantDetails.setText(a.uscc() + a.slotStart().map(t -> "  ·  " + t).orElse(""));
        status.textProperty().bind(model.statusTextProperty());
        total.textProperty().bind(model.totalProperty().asString());
        total.setId("total");
        tier.textProperty().bind(model.tierTextProperty());
        amount.textProperty().bind(model.amountTextProperty());
        opinion.textProperty().bindBidirectional(model.opinionProperty());
        opinion.editableProperty().bind(model.editableProperty());
        TabLeavesTextArea.install(opinion);
        opinion.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                guarded(model::commitOpinion);
            }
        });
        sign.visibleProperty().bind(model.editableProperty());
        sign.managedProperty().bind(model.editableProperty());
        reopen.visibleProperty().bind(model.editableProperty().not());
        reopen.managedProperty().bind(model.editableProperty().not());
        printSheet.disableProperty().bind(model.completeProperty().not());
        IndicatorGrid indicators = new IndicatorGrid(grid, scroll, model, opinion);
        indicators.build();
        UnsavedEntries.watch(grid, model::storeTyped); // the window's close stores a score typed without Enter
        if (model.editableProperty().get()) {
            indicators.firstScore().ifPresent(InitialFocus::give);
        }
    }

    /** Leaving the form: what is in the focused field is stored, the clock stops. */
    public void leave() {
        timerController.stop();
        grid.requestFocus();
    }

    @FXML
    private void back() {
        leave();
        actions.back();
    }

    @FXML
    private void sign() {
        guarded(model::commitOpinion);
        Optional<String> missing = model.missingForSigning();
        if (missing.isPresent()) { // what is missing first: nothing to confirm yet
            InfoDialog.show(sign.getScene().getWindow(), UiText.text("score.signTitle"), missing.get());
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.signConfirmation(), ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(UiText.text("score.signTitle"));
        confirm.setHeaderText(UiText.text("score.signTitle"));
        confirm.getDialogPane().setId("signConfirm");
        confirm.initOwner(sign.getScene().getWindow());
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            guarded(model::sign);
        }
    }

    @FXML
    private void printSheet() {
        guarded(model::commitOpinion);
        actions.print(model.applicant().id(), false);
    }

    @FXML
    private void printBlank() {
        actions.print(model.applicant().id(), true);
    }

    @FXML
    private void reopen() {
        ReasonPrompt.ask(ErrorDialog.windowOf(reopen), UiText.text("score.reopenTitle"),
                UiText.text("score.reopenPrompt"), "reopenDialog", "reopenReason").ifPresent(reason -> guarded(() -> model.reopen(reason)));
    }

    /** An id CSS lookups can find: 1.1 → 1_1 (a dot would read as a style class). */
    public static String nodeId(String code) {
        return code.replace('.', '_');
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(ErrorDialog.windowOf(grid), action);
    }
}
