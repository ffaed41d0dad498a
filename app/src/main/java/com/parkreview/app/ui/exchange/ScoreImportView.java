package com.parkreview.app.ui.exchange;

import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The score-file import inside its dialog: choose files, see each file's result. Binds and forwards. */
public final class ScoreImportView {

    private final FileDialogs files;
    private final FxTasks tasks;
    private ScoreImportViewModel model;
    private boolean changed;
    private boolean busy;

    public ScoreImportView(FileDialogs files, FxTasks tasks) {
        this.files = files;
        this.tasks = tasks;
    }

    @FXML
    private Button importChoose;
    @FXML
    private CheckBox importReReview;
    @FXML
    private ListView<ScoreImportViewModel.FileResult> importResults;
    @FXML
    private Label importSummary;

    public void bind(ScoreImportViewModel model) {
        this.model = model;
        importReReview.selectedProperty().bindBidirectional(model.reReviewProperty());
        importResults.setItems(model.results());
        importResults.setPlaceholder(new Label(UiText.text("scoreImport.none")));
        importResults.setCellFactory(l -> new ListCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(l.widthProperty().subtract(32));
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ScoreImportViewModel.FileResult item, boolean empty) {
                super.updateItem(item, empty);
                text.getStyleClass().removeAll("import-refused", "import-done");
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(item.file() + "\n" + item.text());
                text.getStyleClass().add(item.imported() ? "import-done" : "import-refused");
                setGraphic(text);
            }
        });
        importSummary.textProperty().bind(model.summaryProperty());
    }

    /** Whether files are being imported: the dialog is not closed meanwhile. */
    public boolean busy() {
        return busy;
    }

    /** Whether an import changed the session (the console then reads it again). */
    public boolean changed() {
        return changed;
    }

    @FXML
    private void choose() {
        List<Path> chosen = files.openMany(importChoose.getScene().getWindow(), UiText.text("scoreImport.choose"),
                FileDialogs.Kind.of(UiText.text("scoreImport.filter"), "*" + ScoreFile.EXTENSION));
        if (chosen.isEmpty()) {
            return;
        }
        // on the worker: 35 files take seconds; the dialog cannot be closed meanwhile
        Window window = importChoose.getScene().getWindow();
        Parent root = importChoose.getScene().getRoot();
        boolean reReview = importReReview.isSelected();
        root.setDisable(true);
        busy = true;
        String before = model.importing(chosen.size());
        tasks.run(() -> model.read(chosen, reReview), batch -> changed |= model.show(batch), error -> {
            model.failed(before);
            ErrorDialog.show(window, error);
        }, () -> {
            busy = false;
            root.setDisable(false);
        });
    }
}
