package com.parkreview.app.ui.sheets;

import com.parkreview.app.sheets.SheetCheck;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.UiText;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 核对纸质评分表: the secretary types the code printed on a paper sheet and sees whether the
 * stored data still gives the same sheet, and if not what changed. Binds and forwards.
 */
public final class VerifySheetDialog {

    private VerifySheetDialog() {
    }

    public static void show(Window owner, VerifySheetViewModel model, FxTasks tasks) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("verifySheet.title"));
        dialog.setHeaderText(UiText.text("verifySheet.heading"));
        dialog.getDialogPane().setId("verifySheetDialog");
        TextField code = new TextField();
        code.setId("verifySheetCode");
        code.setPromptText("e41b e357 1bdf");
        code.setPrefColumnCount(18);
        code.textProperty().bindBidirectional(model.codeProperty());
        Label verdict = new Label();
        verdict.setId("verifySheetVerdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(620);
        verdict.setMinHeight(Region.USE_PREF_SIZE); // wraps onto as many lines as the verdict needs
        verdict.textProperty().bind(model.explanationProperty());
        model.verdictProperty().addListener((obs, was, now) -> {
            verdict.getStyleClass().removeAll("verify-matches", "verify-refused");
            verdict.getStyleClass().add(style(now));
            // the verdict and the list of changes take the room they need
            Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        });
        ListView<String> changes = new ListView<>(model.changes());
        changes.setId("verifySheetChanges");
        changes.setPrefHeight(180);
        changes.setPrefWidth(620);
        changes.visibleProperty().bind(Bindings.isNotEmpty(model.changes()));
        changes.managedProperty().bind(changes.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(12,
                new HBox(10, new Label(UiText.text("verifySheet.code")), code), verdict, changes));
        ButtonType checkType = new ButtonType(UiText.text("verifySheet.check"), ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().setAll(checkType, ButtonType.CLOSE);
        Button check = (Button) dialog.getDialogPane().lookupButton(checkType);
        check.setDefaultButton(true);
        BooleanProperty checking = new SimpleBooleanProperty(false);
        check.disableProperty().bind(model.codeProperty().isEmpty().or(checking));
        check.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open for the next sheet
            String typed = model.codeProperty().get();
            checking.set(true);
            tasks.run(() -> model.lookUp(typed), answer -> model.show(typed, answer),
                    error -> ErrorDialog.show(dialog.getDialogPane().getScene().getWindow(), error),
                    () -> checking.set(false));
        });
        dialog.showAndWait();
    }

    private static String style(Optional<SheetCheck.Verdict> verdict) {
        return verdict.map(v -> v == SheetCheck.Verdict.MATCHES ? "verify-matches" : "verify-refused").orElse("label");
    }
}
