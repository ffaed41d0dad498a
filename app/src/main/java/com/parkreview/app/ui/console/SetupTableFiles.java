package com.parkreview.app.ui.console;

import com.parkreview.app.setup.SetupTemplate;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Set-up's tables as files: an empty template saved for the programme office to fill in (the
 * {@link SetupTemplate} use case the {@code template} command calls), and a filled one imported.
 */
final class SetupTableFiles {

    private final FileDialogs files;

    SetupTableFiles(FileDialogs files) {
        this.files = files;
    }

    void importApplicants(Window owner, SetupViewModel model) {
        chooseTable(owner).ifPresent(file -> ImportReportDialog.show(owner, model.importApplicants(file)));
    }

    void importExperts(Window owner, SetupViewModel model) {
        chooseTable(owner).ifPresent(file -> ImportReportDialog.show(owner, model.importExperts(file)));
    }

    /** Saves the empty table (CSV or XLSX by the name chosen) and says how to go on. */
    void saveTemplate(Window owner, SetupTemplate.Kind kind) {
        String name = UiText.text(kind == SetupTemplate.Kind.APPLICANTS
                ? "setup.templateApplicantsFile" : "setup.templateExpertsFile");
        Optional<Path> file = files.save(owner, UiText.text("setup.template"),
                FileDialogs.Kind.of(UiText.text("setup.tableFiles"), "*.csv", "*.xlsx"), name + ".csv",
                Optional.empty());
        file.ifPresent(chosen -> ErrorDialog.guard(owner, () -> {
            SetupTemplate.write(kind, chosen);
            Alert saved = new Alert(Alert.AlertType.INFORMATION, UiText.text("setup.templateSaved", chosen),
                    ButtonType.OK);
            saved.initOwner(owner);
            saved.setHeaderText(null);
            saved.getDialogPane().setId("templateSaved");
            saved.showAndWait();
        }));
    }

    private Optional<Path> chooseTable(Window owner) {
        return files.open(owner, UiText.text("setup.import"),
                FileDialogs.Kind.of(UiText.text("setup.tableFiles"), "*.csv", "*.xlsx"));
    }
}
