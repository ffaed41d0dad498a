package com.parkreview.app.ui;

import com.parkreview.app.LogSetup;
import com.parkreview.app.persistence.Engine;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.HistoryVerification;
import com.parkreview.app.review.MismatchAdvice;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.sheets.SheetVerification;
import com.parkreview.app.ui.common.UnsavedEntries;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.console.ConsoleView;
import com.parkreview.app.ui.shell.MainWindowView;
import com.parkreview.app.ui.sheets.VerifySheetDialog;
import com.parkreview.app.ui.sheets.VerifySheetViewModel;
import com.parkreview.app.ui.start.StartPageView;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * What the window's menus and its start page ask for: each handed to the flow it belongs to, or,
 * for the few that are one dialog (verify the history, check a paper sheet, about), done here.
 */
final class WindowCommands implements MainWindowView.Actions, StartPageView.Actions {

    private final ClientContext context;
    private final Stage stage;
    private final Navigator navigator;
    private final DatabaseFlow databases;
    private final ServerFlow servers;
    private final ConsoleFlow consoles;
    private final ExpertFlow experts;
    private final Runnable rebuild;

    /** The flows the commands are handed to. */
    record Flows(DatabaseFlow databases, ServerFlow servers, ConsoleFlow consoles, ExpertFlow experts) {
    }

    /** {@code rebuild} makes the window again, in the language chosen. */
    WindowCommands(ClientContext context, Stage stage, Navigator navigator, Flows flows, Runnable rebuild) {
        this.context = context;
        this.stage = stage;
        this.navigator = navigator;
        this.databases = flows.databases();
        this.servers = flows.servers();
        this.consoles = flows.consoles();
        this.experts = flows.experts();
        this.rebuild = rebuild;
    }

    // --- start page ------------------------------------------------------------------------

    @Override
    public void openConsole(Optional<Long> sessionId) {
        sessionId.ifPresent(consoles::showConsole);
    }

    @Override
    public void signIn(Optional<Long> sessionId) {
        navigator.showSignIn(sessionId);
    }

    // --- start page and menus ----------------------------------------------------------------

    @Override
    public void newSession() {
        if (UnsavedEntries.mayLeave(stage)) {
            consoles.newSession();
        }
    }

    // --- start page and File menu -------------------------------------------------------------

    @Override
    public void openDatabase(Optional<Path> file) {
        databases.openDatabase(file);
    }

    @Override
    public void openRecent(StorePlace place) {
        if (place instanceof StorePlace.File file) {
            databases.openDatabase(Optional.of(file.path()));
        } else {
            servers.reconnect((StorePlace.Server) place);
        }
    }

    @Override
    public void connectToServer() {
        servers.connect();
    }

    @Override
    public void openKit() {
        databases.openKit();
    }

    @Override
    public void exportScores() {
        experts.exportScores();
    }

    // --- menus -------------------------------------------------------------------------------

    @Override
    public void newDatabase() {
        databases.newDatabase();
    }

    @Override
    public void saveCopy() {
        databases.saveCopy();
    }

    @Override
    public void backups() {
        databases.backups();
    }

    @Override
    public void exit() {
        if (UnsavedEntries.mayClose(stage)) {
            stage.close();
            Platform.exit();
        }
    }

    @Override
    public void start() {
        navigator.showStart();
    }

    @Override
    public void signIn() {
        navigator.showSignIn(Optional.empty());
    }

    @Override
    public void sessionProperties() {
        consoles.editSession();
    }

    @Override
    public void closeSession() {
        consoles.closeSession();
    }

    @Override
    public void printSession(ConsoleView.PrintKind kind) {
        consoles.printSession(kind);
    }

    @Override
    public void verifySheet() {
        VerifySheetDialog.show(stage, new VerifySheetViewModel(new SheetVerification(context.workspace().store())),
                context.tasks());
    }

    @Override
    public void verify() {
        OpenStore store = context.workspace().store();
        context.tasks().run(() -> new HistoryVerification(store).run(), (HistoryVerification.Result result) -> {
            ChainCheck check = result.check();
            if (check.intact()) { // and, when said, not whether an older copy took its place
                InfoDialog.show(stage, UiText.text("verify.title"), UiText.text("verify.intact", check.entries())
                        + result.unchecked().map(doubt -> "\n\n" + doubt.text()).orElse(""));
            } else {
                Alert alert = new Alert(Alert.AlertType.WARNING,
                        UiText.text("verify.broken", check.entries(), check.breakCount(), check.breaks().stream()
                                .limit(10).map(found -> found.what().text())
                                .collect(Collectors.joining("\n"))) + "\n\n" + MismatchAdvice.of(store).text());
                alert.initOwner(stage);
                alert.setTitle(UiText.text("verify.title"));
                alert.showAndWait();
            }
        }, e -> ErrorDialog.show(stage, e));
    }

    @Override
    public void switchLanguage(Locale locale) {
        context.settings().setLanguage(locale);
        Locale.setDefault(locale);
        rebuild.run();
    }

    @Override
    public void about() {
        Workspace open = context.workspace();
        String version = Optional.ofNullable(WindowCommands.class.getPackage().getImplementationVersion())
                .orElse(UiText.text("about.development"));
        InfoDialog.show(stage, UiText.text("about.title"), UiText.text("about.text", version,
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"),
                Engine.version(), open.store().where(), open.folder(),
                LogSetup.file().map(Object::toString).orElse("—")));
    }
}
