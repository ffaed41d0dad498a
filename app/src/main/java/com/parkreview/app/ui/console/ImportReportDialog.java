package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.UiText;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** What a table import did: the rows taken, or that none were and every problem, in a box to read and copy. */
final class ImportReportDialog {

    private ImportReportDialog() {
    }

    static void show(Window owner, SetupViewModel.ImportOutcome outcome) {
        Alert alert;
        if (outcome.accepted()) {
            alert = new Alert(Alert.AlertType.INFORMATION, UiText.text("setup.imported", outcome.imported()), ButtonType.OK);
        } else {
            TextArea problems = new TextArea(String.join("\n", outcome.problems()));
            problems.setEditable(false);
            problems.setWrapText(true);
            problems.setId("importProblems");
            alert = new Alert(Alert.AlertType.WARNING, UiText.text("setup.importRefused", outcome.problems().size()),
                    ButtonType.OK);
            alert.getDialogPane().setExpandableContent(problems);
            alert.getDialogPane().setExpanded(true);
        }
        alert.getDialogPane().setId("importResult");
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
