package com.parkreview.app.ui.scoring;

import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The score form's table of Table 1: a heading per dimension with its subtotal, a row per
 * indicator with its score and comment fields bound to the view model, and the keys that move
 * between the score fields (Enter or Tab on, Shift+Tab back; a refused value keeps the focus).
 */
final class IndicatorGrid {

    /** The score column's least width: room for a short refusal beneath the field. */
    private static final double SCORE_COLUMN_FLOOR = 110;

    private final GridPane grid;
    private final ScrollPane scroll;
    private final ScoreFormViewModel model;
    private final Node afterLast;
    private final ValidationSupport validation = new ValidationSupport();
    private final List<TextField> scoreFields = new ArrayList<>();

    /** {@code afterLast} takes the focus when Enter or Tab leaves the last score field. */
    IndicatorGrid(GridPane grid, ScrollPane scroll, ScoreFormViewModel model, Node afterLast) {
        this.grid = grid;
        this.scroll = scroll;
        this.model = model;
        this.afterLast = afterLast;
    }

    /** The first indicator's score field, if there is an indicator. */
    Optional<TextField> firstScore() {
        return scoreFields.stream().findFirst();
    }

    /** Fills the grid from the view model's dimensions and indicators. */
    void build() {
        grid.getColumnConstraints().setAll(
                column(40, 40, Priority.NEVER),    // code
                column(320, 600, Priority.ALWAYS), // indicator and guidance
                column(36, 36, Priority.NEVER),    // maximum
                scoreColumn(),                     // score and the reason it is refused
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

    /**
     * As wide as its widest score field, and never less: a fixed width squeezed the field where the
     * system's font has wider digits (DejaVu at 150 %).
     */
    private static ColumnConstraints scoreColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setMaxWidth(Region.USE_PREF_SIZE);
        column.setHgrow(Priority.NEVER);
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
        score.setId("score-" + ScoreFormView.nodeId(row.code()));
        score.setPrefColumnCount(4);
        score.setAlignment(Pos.CENTER_RIGHT);
        score.textProperty().bindBidirectional(row.typedProperty());
        score.editableProperty().bind(model.editableProperty());
        Label problem = new Label();
        problem.setId("problem-" + ScoreFormView.nodeId(row.code()));
        problem.getStyleClass().add("problem");
        problem.setWrapText(true); // kept within the score's column: wider, it pushed the field under the comment
        problem.textProperty().bind(row.shortProblemProperty());
        problem.visibleProperty().bind(row.shortProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMinWidth(0);
        problem.setPrefWidth(0); // wraps within the column the field makes, rather than widening it
        problem.setMaxWidth(Double.MAX_VALUE);
        VBox scoreBox = new VBox(2, score, problem);
        scoreBox.setMinWidth(SCORE_COLUMN_FLOOR);
        validation.registerValidator(score, false, (Validator<String>) (control, value) -> {
            Optional<String> refusal = row.refusalOf(value).map(r -> r.text().text());
            return ValidationResult.fromErrorIf(control, refusal.orElse(""), refusal.isPresent());
        });
        score.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyInScore(e, row, score));
        score.focusedProperty().addListener((obs, was, now) -> {
            if (!now && score.getScene() != null) { // a form taken off the window stored its fields as it left
                guarded(() -> model.commitScore(row));
            }
        });
        scoreFields.add(score);

        TextField comment = new TextField();
        comment.setId("comment-" + ScoreFormView.nodeId(row.code()));
        comment.setPrefColumnCount(16);
        comment.textProperty().bindBidirectional(row.commentProperty());
        comment.editableProperty().bind(model.editableProperty());
        comment.focusedProperty().addListener((obs, was, now) -> {
            if (!now && comment.getScene() != null) {
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
            afterLast.requestFocus();
        }
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

    private Label header(String key) {
        Label label = new Label(UiText.text(key));
        label.getStyleClass().add("column-header");
        return label;
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(ErrorDialog.windowOf(grid), action);
    }
}
