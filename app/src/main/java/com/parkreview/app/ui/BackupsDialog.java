package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.Restore;
import com.parkreview.app.review.Actor;
import com.parkreview.app.ui.common.Busy;
import com.parkreview.app.ui.common.Confirm;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.LocalizedTime;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File › Backups: the backups beside the open file, one now, or a restore from one. A file's only. */
final class BackupsDialog extends Dialog<Void> {

    private final ClientContext context;
    private final Database database;
    private final ListView<Path> list = new ListView<>();
    private final Consumer<Database> restored;

    /** {@code database}: the file open in the window. */
    BackupsDialog(Window owner, ClientContext context, Database database, Consumer<Database> restored) {
        this.context = context;
        this.database = database;
        this.restored = restored;
        initOwner(owner);
        setTitle(UiText.text("backups.title"));
        list.setPlaceholder(new Label(UiText.text("backups.none")));
        list.setPrefSize(640, 280);
        // when it was made, in this computer's time (the name holds it in UTC, which a tester's round 6 read as 8 hours off), and the name
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Path backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : describe(backup));
            }
        });
        Button now = new Button(UiText.text("backups.now"));
        now.setOnAction(e -> backUp());
        Button restore = new Button(UiText.text("backups.restore"));
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restore());
        getDialogPane().setContent(new VBox(10, list, new HBox(10, now, restore)));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        refresh();
    }

    private String describe(Path backup) {
        String name = backup.getFileName().toString();
        return database.backups().madeAt(backup)
                .map(at -> UiText.text("backups.item", LocalizedTime.of(at, Locale.getDefault()), name))
                .orElse(name);
    }

    private void refresh() {
        list.getItems().setAll(database.backups().list());
    }

    /** A backup written on the worker: a large database takes seconds, the window keeps drawing meanwhile. */
    private void backUp() {
        Busy.run(context.tasks(), getDialogPane().getScene().getWindow(), UiText.text("backups.busy"),
                database::backup, written -> refresh());
    }

    /** What a restore on the worker came to: the database opened again, and the restore's failure, if it failed. */
    private record Restored(Database database, Optional<RuntimeException> failed, Optional<Path> kept) {
    }

    /**
     * Restores on the worker (a large backup takes seconds): the open database is closed, the backup
     * restored over it, and the file opened again, whether the restore was made or refused (then the
     * old file, untouched, with the reason shown).
     */
    private void restore() {
        Path backup = list.getSelectionModel().getSelectedItem();
        Window window = getDialogPane().getScene().getWindow();
        // read once on the worker: what it takes back is said in the question (a closed session opened again:
        // round 11), and what is restored is what was asked about, whatever is put under its name meanwhile
        Busy.run(context.tasks(), window, UiText.text("backups.restoring", backup.getFileName()), () -> {
            try {
                Restore.Backup read = Restore.Backup.read(backup);
                return new Checked(Optional.of(read), Restore.impact(database, read, OpenOptions.existing()).words(),
                        Optional.empty());
            } catch (RuntimeException e) {
                return new Checked(Optional.empty(), Optional.empty(), Optional.of(e));
            }
        }, checked -> {
            if (checked.failed().isPresent()) { // refused before anything is closed or replaced
                ErrorDialog.show(window, checked.failed().get());
                return;
            }
            String question = UiText.text("backups.restoreConfirm", describe(backup))
                    + checked.takesBack().map(words -> "\n\n" + words.in(UiText.locale())).orElse("");
            if (Confirm.ask(window, question, "restoreConfirm")) {
                restore(backup, checked.read().orElseThrow(), window);
            }
        });
    }

    /** A backup read and checked against the open database, or why it could not be. */
    private record Checked(Optional<Restore.Backup> read, Optional<LocalizedText> takesBack,
            Optional<RuntimeException> failed) {
    }

    private void restore(Path backup, Restore.Backup read, Window window) {
        DatabaseFile file = database.file();
        Busy.run(context.tasks(), window, UiText.text("backups.restoring", backup.getFileName()), () -> {
            database.close();
            Optional<RuntimeException> failed = Optional.empty();
            Optional<Path> kept = Optional.empty();
            try {
                kept = Restore.from(file, read, OpenOptions.existing(), Actor.window());
            } catch (RuntimeException e) {
                failed = Optional.of(e);
            }
            return new Restored(Database.open(file, OpenOptions.existing()), failed, kept);
        }, done -> {
            context.replace(done.database());
            restored.accept(done.database());
            done.failed().ifPresent(e -> ErrorDialog.show(window, e));
            if (done.failed().isEmpty()) { // said, not only seen: a tester's round 6 saw the start page and nothing else
                InfoDialog.show(window, UiText.text("backups.title"), UiText.text("backups.restored", describe(backup),
                        done.kept().map(Path::toString).orElse("—")));
            }
            close();
        });
    }
}
