package com.parkreview.app.ui;

import java.nio.file.Files;
import com.parkreview.app.AppText;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.UnsavedEntries;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The database file the window works on: a new one, another opened (asking for its password), a
 * copy saved, its backups and a restore, an expert's kit opened into a database of its own.
 */
final class DatabaseFlow {

    private final ClientContext context;
    private final Window owner;
    private final OfflineExchangeFlow exchange;
    private final Runnable switched;

    /** {@code switched} shows the window on the database the context works on after a switch. */
    DatabaseFlow(ClientContext context, Window owner, OfflineExchangeFlow exchange, Runnable switched) {
        this.context = context;
        this.owner = owner;
        this.exchange = exchange;
        this.switched = switched;
    }

    /** File › New: an empty database in a file that does not exist yet. */
    void newDatabase() {
        if (!UnsavedEntries.mayLeave(owner)) {
            return;
        }
        Path folder = context.workspace().folder();
        context.files().save(owner, UiText.title("menu.file.new"), databaseKind(), freeName(folder), Optional.of(folder))
                .ifPresent(path -> {
            DatabaseFile file = DatabaseFile.of(path);
            if (file.exists()) {
                ErrorDialog.show(owner, new ValidationException(AppText.of("ui.fileExists", file)));
                return;
            }
            switchTo(() -> Database.open(file, OpenOptions.creating()));
        });
    }

    /** File › Open: the file given (a recent one), or one the user chooses. */
    void openDatabase(Optional<Path> file) {
        if (!UnsavedEntries.mayLeave(owner)) {
            return;
        }
        Optional<Path> chosen = file.isPresent() ? file : context.files().open(owner, UiText.title("menu.file.open"),
                databaseKind());
        chosen.ifPresent(path -> switchTo(() -> openAskingPassword(DatabaseFile.of(path))));
    }

    /** File › Save a copy: a file's; on a server the user is told how a server's database is kept. */
    void saveCopy() {
        String title = UiText.title("menu.file.saveCopy");
        openFile().ifPresent(database -> saveDatabaseAs(title).ifPresent(path -> {
            try {
                Path copy = database.saveCopy(path, Actor.window());
                InfoDialog.show(owner, title, UiText.text("saveCopy.done", copy));
            } catch (RuntimeException e) {
                ErrorDialog.show(owner, e);
            }
        }));
    }

    /** File › Backups: a file's; on a server the user is told how a server's database is kept. */
    void backups() {
        openFile().ifPresent(database ->
                new BackupsDialog(owner, context, database, this::restored).showAndWait());
    }

    /** The file open in the window; on a server, empty once the user is told that this is a file's. */
    private Optional<Database> openFile() {
        Optional<Database> file = context.workspace().file();
        if (file.isEmpty()) {
            InfoDialog.show(owner, UiText.text("connect.fileOnlyTitle"),
                    UiText.text("connect.fileOnly", context.workspace().store().where()));
        }
        return file;
    }

    /** The expert opens a kit from the secretary into a new database of their own. */
    void openKit() {
        if (!UnsavedEntries.mayLeave(owner)) {
            return;
        }
        exchange.openKit(database -> switchTo(() -> database));
    }

    /** A kit or a score file the window was started on, as a double click in the file manager does. */
    void openGiven(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(KitFile.EXTENSION)) {
            exchange.openKit(file, database -> switchTo(() -> database));
        } else {
            exchange.showScoreFile(file);
        }
    }

    private void switchTo(Supplier<Database> open) {
        try {
            Database database = open.get();
            context.switchTo(database);
            context.settings().opened(database.file().file());
            switched.run();
        } catch (StoreException e) {
            ErrorDialog.show(owner, e);
        }
    }

    /** Opens an existing file; an encrypted one asks for its password (three tries). */
    private Database openAskingPassword(DatabaseFile file) {
        OpenOptions options = OpenOptions.existing();
        for (int attempt = 0; ; attempt++) {
            try {
                return Database.open(file, options);
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.WRONG_PASSWORD || attempt == 3) {
                    throw e;
                }
                Optional<char[]> password = PasswordPrompt.ask(owner, AppText.of("ui.passwordPrompt", file).text());
                if (password.isEmpty()) {
                    throw e;
                }
                options = OpenOptions.existing().withPassword(password.get());
            }
        }
    }

    private void restored(Database database) {
        context.settings().opened(database.file().file());
        switched.run();
    }

    /**
     * A name no database in the folder has yet, as the new file's proposal: the open file's name was
     * proposed, and taking it led to two refusals (the system's "replace?", then ParkReview's: round 17).
     */
    static String freeName(Path folder) {
        for (int n = 2; ; n++) {
            String name = "parkreview-" + n + DatabaseFile.H2_SUFFIX;
            if (!Files.exists(folder.resolve(name))) {
                return name;
            }
        }
    }

    private Optional<Path> saveDatabaseAs(String title) {
        return context.files().save(owner, title, databaseKind(), "", Optional.of(context.workspace().folder()));
    }

    private static FileDialogs.Kind databaseKind() {
        return FileDialogs.Kind.of(UiText.text("file.chooser.database"), "*" + DatabaseFile.H2_SUFFIX);
    }
}
