package com.parkreview.app.ui;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.exchange.score.ScoreFileText;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.ui.common.DialogsFitScreen;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.exchange.ExpertLaptopViewModel;
import com.parkreview.app.ui.exchange.KitHandoutViewModel;
import com.parkreview.app.ui.exchange.ScoreImportView;
import com.parkreview.app.ui.exchange.ScoreImportViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The offline day's steps in the window: the secretary hands out kits and imports score files;
 * the expert opens a kit into a new database of their own and writes the signed score file.
 */
final class OfflineExchangeFlow {

    private final Window owner;
    private final ClientContext context;
    private final ViewLoader loader;

    OfflineExchangeFlow(Window owner, ClientContext context, ViewLoader loader) {
        this.owner = owner;
        this.context = context;
        this.loader = loader;
    }

    /** Writes a kit for each expert into a chosen folder. */
    void handOutKits(Actor secretary, long sessionId, List<Expert> experts) {
        if (experts.isEmpty()) {
            info(UiText.text("kits.title"), UiText.text("kits.noExperts"));
            return;
        }
        Optional<Path> folder = context.files().folder(owner, UiText.text("kits.choose"));
        if (folder.isEmpty()) {
            return;
        }
        try {
            var written = new KitHandoutViewModel(context.workspace().store(), secretary, sessionId)
                    .export(folder.get(), experts);
            info(UiText.text("kits.title"), KitHandoutViewModel.describe(written, folder.get()));
        } catch (RuntimeException e) {
            ErrorDialog.show(owner, e);
        }
    }

    /** The import dialog; {@code changed} runs after it closes when an import changed the session. */
    void importScores(Actor secretary, long sessionId, Runnable changed) {
        ViewLoader.Loaded<ScoreImportView> form = loader.load(ScoreImportView.class);
        form.controller().bind(new ScoreImportViewModel(context.workspace().store(), secretary, sessionId));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("scoreImport.title"));
        dialog.getDialogPane().setContent(form.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        // its 820 px: held to the theme's 600 it opened cut, its close button out of sight (round 21 F11)
        DialogsFitScreen.allowWide(dialog.getDialogPane());
        dialog.setResizable(true);
        dialog.setOnCloseRequest(e -> {
            if (form.controller().busy()) {
                e.consume();
            }
        });
        dialog.showAndWait();
        if (form.controller().changed()) {
            changed.run();
        }
    }

    /**
     * The expert opens the kit from the secretary: the kit is chosen, then opened as
     * {@link #openKit(Path, Consumer)} does.
     */
    void openKit(Consumer<Database> moveTo) {
        context.files().open(owner, UiText.text("laptop.chooseKit"),
                FileDialogs.Kind.of(UiText.text("laptop.kitFilter"), "*" + KitFile.EXTENSION))
                .ifPresent(kit -> openKit(kit, moveTo));
    }

    /**
     * The kit given (chosen, or double-clicked in the file manager): it is read, a new database is
     * created for it where the expert says, and the window moves to it, in the expert's view.
     */
    void openKit(Path kit, Consumer<Database> moveTo) {
        Optional<Path> file = context.files().save(owner, UiText.text("laptop.chooseDatabase"),
                FileDialogs.Kind.of(UiText.text("file.chooser.database"), "*" + DatabaseFile.H2_SUFFIX),
                ExpertLaptopViewModel.suggestedName(kit) + DatabaseFile.H2_SUFFIX,
                Optional.of(context.workspace().folder()));
        if (file.isEmpty()) {
            return;
        }
        try {
            ExpertLaptopViewModel.Opened opened = ExpertLaptopViewModel.openKit(kit, DatabaseFile.of(file.get()));
            moveTo.accept(opened.database());
            info(UiText.text("laptop.title"), opened.message());
        } catch (InputRejectedException e) {
            warn(UiText.text("laptop.title"), e.message(UiText.locale()));
        } catch (RuntimeException e) {
            ErrorDialog.show(owner, e);
        }
    }

    /**
     * A score file double-clicked in the file manager: whose it is and what it holds, as
     * {@code parkreview score verify} says it, and where to import it.
     */
    void showScoreFile(Path file) {
        try {
            String described = ScoreFileText.describe(file);
            info(UiText.text("scoreFile.title"), described + "\n\n" + UiText.text("scoreFile.importHint"));
        } catch (InputRejectedException e) {
            warn(UiText.text("scoreFile.title"), e.message(UiText.locale()));
        }
    }

    /** The expert writes the signed score file to hand back. */
    void exportScores(ExpertMode mode) {
        Optional<Path> file = context.files().save(owner, UiText.text("laptop.exportTitle"),
                FileDialogs.Kind.of(UiText.text("scoreImport.filter"), "*" + ScoreFile.EXTENSION),
                mode.expertCode() + ScoreFile.EXTENSION, Optional.empty());
        if (file.isEmpty()) {
            return;
        }
        try {
            info(UiText.text("laptop.exportTitle"),
                    ExpertLaptopViewModel.exportScores(context.workspace().store(), file.get()));
        } catch (RuntimeException e) {
            ErrorDialog.show(owner, e);
        }
    }

    private void info(String title, String text) {
        show(Alert.AlertType.INFORMATION, title, text);
    }

    private void warn(String title, String text) {
        show(Alert.AlertType.WARNING, title, text);
    }

    private void show(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("exchangeAlert");
        alert.showAndWait();
    }
}
