package com.parkreview.app.ui.scoring;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InitialFocus;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.timer.DefenseTimerView;
import com.parkreview.app.ui.timer.DefenseTimerViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The score form. Binds the view model and forwards the expert's keys: Enter or Tab stores the
 * field and goes to the next indicator, Shift+Tab to the one before; a value rule 2 refuses keeps
 * the focus, with the reason beside it and on the field's decoration.
 */
public final class ScoreFormView {

    /** What the form asks for. */
    public interface Actions {
        void back();

        /** Preview and print the expert's sheet ({@code blank} false) or a blank sheet of the applicant. */
        void print(long applicantId, boolean blank);
    }

    private final Actions actions;
    private final ValidationSupport validation = new ValidationSupport();
    private final List<TextField> scoreFields = new ArrayList<>();
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

    public ScoreFormView(Actions actions) {
        this.actions = actions;
    }

    public void bind(ScoreFormViewModel model, DefenseTimerViewModel timer) {
        this.model = model;
        timerController.bind(timer);
        Applicant a = model.applicant();
        applicant.setText(a.code() + "  " + a.name());
        applicantDetails.setText(a.uscc() + a.slotStart().map(t -> "  ·  " + t).orElse(""));
        status.textProperty().bind(model.statusTextProperty());
        total.textProperty().bind(model.totalProperty().asString());
        total.setId("total");
        tier.textProperty().bind(model.tierTextProperty());
        amount.textProperty().bind(model.amountTextProperty());
        opinion.textProperty().bindBidirectional(model.opinionProperty());
        opinion.editableProperty().bind(model.editableProperty());
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
        buildGrid();
        if (!scoreFields.isEmpty() && model.editableProperty().get()) {
            InitialFocus.give(scoreFields.get(0));
        }
    }

    /** Leaving the form: what is in the focused field is stored, the clock stops. */
    public void leave() {
        timerController.stop();
        grid.requestFocus();
    }

    private void buildGrid() {
        grid.getColumnConstraints().setAll(
                column(40, 40, Priority.NEVER),    // code
                column(320, 600, Priority.ALWAYS), // indicator and guidance
                column(36, 36, Priority.NEVER),    // maximum
                column(110, 120, Priority.NEVER),  // score and the reason it is refused
                column(200, 240, Priority.SOMETIMES)); // comment
        int row = 0;
        grid.add(header("score.indicator"), 0, row, 2, 1);
        grid.add(header("score.max"), 2, row);
        grid.add(header("score.score"), 3, row);
        grid.add(header("score.comment"), 4, row);
        row++;
        for (DimensionGroup group : model.groups()) {
            Label name = new Label(group.code() + "  " + group.name() + "（" + group.maxText() + "）");
            name.getStyleClass().add("dimension");
            Label subtotal = new Label();
            subtotal.setId("subtotal-" + group.code());
            subtotal.textProperty().bind(group.subtotalProperty().asString(UiText.text("score.subtotal") + " %s"));
            subtotal.getStyleClass().add("subtotal");
            grid.add(name, 0, row, 3, 1);
            grid.add(subtotal, 3, row, 2, 1);
            row++;
            for (IndicatorRowViewModel indicator : group.rows()) {
                addIndicator(indicator, row++);
            }
        }
    }

    private static ColumnConstraints column(double min, double pref, Priority grow) {
        ColumnConstraints column = new ColumnConstraints(min, pref, grow == Priority.NEVER ? min : Double.MAX_VALUE);
        column.setHgrow(grow);
        return column;
    }

    private void addIndicator(IndicatorRowViewModel row, int index) {
        Label code = new Label(row.code());
        code.getStyleClass().add("indicator-code");
        Label name = new Label(row.name());
        name.setWrapText(true);
        name.getStyleClass().add("indicator-name");
        VBox text = new VBox(2, name);
        if (!row.guidance().isEmpty()) {
            Label guidance = new Label(row.guidance());
            guidance.setWrapText(true);
            guidance.getStyleClass().add("guidance");
            text.getChildren().add(guidance);
        }
        text.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(text, Priority.ALWAYS);
        Label max = new Label(row.maxText());
        max.getStyleClass().add("max");

        TextField score = new TextField();
        score.setId("score-" + nodeId(row.code()));
        score.setPrefColumnCount(4);
        score.setAlignment(Pos.CENTER_RIGHT);
        score.textProperty().bindBidirectional(row.typedProperty());
        score.editableProperty().bind(model.editableProperty());
        Label problem = new Label();
        problem.setId("problem-" + nodeId(row.code()));
        problem.getStyleClass().add("problem");
        problem.setWrapText(true); // kept within the score's column: wider, it pushed the field under the comment
        problem.textProperty().bind(row.shortProblemProperty());
        problem.visibleProperty().bind(row.shortProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox scoreBox = new VBox(2, score, problem);
        validation.registerValidator(score, false, (Validator<String>) (control, value) -> {
            Optional<String> refusal = row.refusalOf(value).map(r -> r.text().text());
            return ValidationResult.fromErrorIf(control, refusal.orElse(""), refusal.isPresent());
        });
        score.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyInScore(e, row, score));
        score.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                guarded(() -> model.commitScore(row));
            }
        });
        scoreFields.add(score);

        TextField comment = new TextField();
        comment.setId("comment-" + nodeId(row.code()));
        comment.setPrefColumnCount(16);
        comment.textProperty().bindBidirectional(row.commentProperty());
        comment.editableProperty().bind(model.editableProperty());
        comment.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                guarded(() -> model.commitComment(row));
            }
        });

        for (Node cell : List.of(code, text, max, scoreBox, comment)) {
            GridPane.setValignment(cell, VPos.TOP);
        }
        grid.addRow(index, code, text, max, scoreBox, comment);
    }

    private void keyInScore(KeyEvent e, IndicatorRowViewModel row, TextField field) {
        boolean forward = e.getCode() == KeyCode.ENTER || (e.getCode() == KeyCode.TAB && !e.isShiftDown());
        boolean backward = e.getCode() == KeyCode.TAB && e.isShiftDown();
        if (!forward && !backward) {
            return;
        }
        e.consume();
        boolean stored = ErrorDialog.guard(ErrorDialog.windowOf(grid), () -> model.commitScore(row)).orElse(false);
        if (!stored) {
            field.selectAll();
            ensureVisible(field.getParent());
            return;
        }
        int at = scoreFields.indexOf(field);
        int next = forward ? at + 1 : at - 1;
        if (next >= 0 && next < scoreFields.size()) {
            TextField target = scoreFields.get(next);
            target.requestFocus();
            target.selectAll();
            ensureVisible(target);
        } else if (forward) {
            opinion.requestFocus();
        }
    }

    @FXML
    private void back() {
        leave();
        actions.back();
    }

    @FXML
    private void sign() {
        guarded(model::commitOpinion);
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

    private void ensureVisible(Node node) {
        double height = grid.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (height <= viewport) {
            return;
        }
        double y = node.localToScene(0, 0).getY() - grid.localToScene(0, 0).getY() + node.getBoundsInLocal().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport * 2 / 3) / (height - viewport))));
    }

    /** An id CSS lookups can find: 1.1 → 1_1 (a dot would read as a style class). */
    public static String nodeId(String code) {
        return code.replace('.', '_');
    }

    private Label header(String key) {
        Label label = new Label(UiText.text(key));
        label.getStyleClass().add("column-header");
        return label;
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(ErrorDialog.windowOf(grid), action);
    }
}
