package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.ui.applicants.ApplicantListView;
import com.parkreview.app.ui.common.UnsavedEntries;
import com.parkreview.app.ui.common.DialogsFitScreen;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.console.ConsoleView;
import com.parkreview.app.ui.console.PanelView;
import com.parkreview.app.ui.console.ProgressView;
import com.parkreview.app.ui.console.ResultsView;
import com.parkreview.app.ui.console.SetupView;
import com.parkreview.app.ui.exchange.ScoreImportView;
import com.parkreview.app.ui.scoring.ScoreFormView;
import com.parkreview.app.ui.shell.MainWindowView;
import com.parkreview.app.ui.signin.SignInView;
import com.parkreview.app.ui.signin.SignInViewModel;
import com.parkreview.app.ui.start.NewSessionView;
import com.parkreview.app.ui.start.StartPageView;
import com.parkreview.app.ui.start.StartPageViewModel;
import com.parkreview.app.ui.timer.DefenseTimerView;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The composition root of the window: it makes every flow and controller and lays out the
 * window's frame and start page. The menus' commands ({@link WindowCommands}), the expert's way
 * ({@link ExpertFlow}), the secretary's console ({@link ConsoleFlow}) and the database file
 * ({@link DatabaseFlow}) are carried out by their own classes. Nothing else creates services or
 * controllers.
 */
public final class ClientRoot implements Navigator {

    private final ClientContext context;
    private final Stage stage;
    private final ViewLoader loader;
    private final Screens screens = new Screens();
    private final ExpertFlow experts;
    private final ConsoleFlow consoles;
    private final DatabaseFlow databases;
    private final ServerFlow servers;
    private final WindowCommands commands;
    private Node openingPage;

    public ClientRoot(ClientContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        DialogsFitScreen.install();
        this.loader = new ViewLoader(controllers(), UiText::bundle);
        SheetPrinting printing = new SheetPrinting(stage, context);
        OfflineExchangeFlow exchange = new OfflineExchangeFlow(stage, context, loader);
        FlowParts parts = new FlowParts(context, stage, loader, screens, printing, exchange, this);
        this.experts = new ExpertFlow(parts);
        this.consoles = new ConsoleFlow(parts);
        this.databases = new DatabaseFlow(context, stage, exchange, this::switched);
        this.servers = new ServerFlow(context, stage, this::switched, file -> databases.openDatabase(Optional.of(file)));
        ErrorDialog.whenServerLost(servers::lost);
        this.commands = new WindowCommands(context, stage, this, new WindowCommands.Flows(databases, servers, consoles,
                experts), this::showAgain);
    }

    /** The maker of every controller, by its class: the only place controllers are made. */
    private Map<Class<?>, Supplier<Object>> controllers() {
        Map<Class<?>, Supplier<Object>> makers = new HashMap<>();
        makers.put(MainWindowView.class, () -> new MainWindowView(commands));
        makers.put(StartPageView.class, () -> new StartPageView(commands));
        makers.put(SignInView.class, () -> new SignInView(experts::signedIn, this::showStart));
        makers.put(ApplicantListView.class, () -> new ApplicantListView(experts.applicantListActions()));
        makers.put(ScoreFormView.class, () -> new ScoreFormView(experts.scoreFormActions()));
        makers.put(DefenseTimerView.class, DefenseTimerView::new);
        makers.put(ConsoleView.class, () -> new ConsoleView(consoles.actions()));
        makers.put(SetupView.class, () -> new SetupView(context.files()));
        makers.put(ProgressView.class, ProgressView::new);
        makers.put(PanelView.class, PanelView::new);
        makers.put(ResultsView.class, ResultsView::new);
        makers.put(NewSessionView.class, () -> new NewSessionView(context.files()));
        makers.put(ScoreImportView.class, () -> new ScoreImportView(context.files(), context.tasks()));
        return makers;
    }

    /**
     * The window made again in the language just chosen, on the screen it showed: the signed-in
     * expert stays signed in (on the expert's applicants), the console stays on its session, and
     * anything else goes to the start page.
     */
    private void showAgain() {
        Optional<SignInViewModel.SignedIn> expert = experts.signedInAndShown();
        Optional<Long> console = consoles.openSession();
        screens.leave(); // the screen shown stores what it holds and lets go of its session
        build();
        refreshShell();
        if (expert.isPresent()) {
            experts.showApplicants(expert.get());
        } else if (console.isPresent()) {
            consoles.showConsole(console.get());
        } else {
            showStartUnasked();
        }
    }

    /** Builds the window and shows the start page. */
    public void show() {
        build();
        showDatabase();
    }

    /**
     * The window's frame, menus and look: they need no database, so that a start shows them
     * before it is open.
     */
    public void build() {
        Theme.install();
        ViewLoader.Loaded<MainWindowView> loaded = loader.load(MainWindowView.class);
        screens.attach(loaded.controller());
        Scene scene = stage.getScene();
        if (scene == null) {
            stage.setScene(Theme.scene(loaded.root()));
        } else {
            scene.setRoot(loaded.root());
        }
        stage.setTitle(UiText.text("app.title"));
        stage.setOnCloseRequest(e -> { // the window's ✕: an applicant typed and not added is asked about first
            if (!UnsavedEntries.mayClose(stage)) {
                e.consume();
            }
        });
    }

    /** The built window on the context's database: its status line and the start page. */
    public void showDatabase() {
        refreshShell();
        showStartUnasked();
    }

    /** The worker the window does its long work on (tests wait for it). */
    FxTasks tasks() {
        return context.tasks();
    }

    @Override
    public Window window() {
        return stage;
    }

    /**
     * The window while its starting database opens on another thread: the status line says so,
     * and the start page shows the files opened lately; {@link #databaseOpened} fills in the rest.
     */
    public void showOpening(Path database) {
        showOpening(new StorePlace.File(database));
    }

    /** The same for a database file or a server's. */
    public void showOpening(StorePlace database) {
        List<StorePlace> recent = context.settings().recent();
        screens.shell().setStatus(UiText.text("status.opening", database.text()));
        screens.shell().setRecent(othersThan(database, recent));
        screens.shell().setNewSessionAvailable(false);
        openingPage = showStartPage(StartPageViewModel.opening(database, recent));
    }

    /**
     * The starting database is open: the status line, and the start page with its sessions if
     * the user is still on it (a screen asked for meanwhile stays).
     */
    public void databaseOpened() {
        refreshShell();
        if (openingPage != null && screens.isShowing(openingPage)) {
            showStartUnasked();
        }
        openingPage = null;
    }

    /** The start page asked for (← 开始页, the menu, an expert signing out): a form typed in and not added is asked about. */
    @Override
    public void showStart() {
        if (UnsavedEntries.mayLeave(stage)) {
            showStartUnasked();
        }
    }

    private void showStartUnasked() {
        Workspace open = context.workspace();
        showStartPage(new StartPageViewModel(open.store(), open.place(), context.settings().recent()));
    }

    private Node showStartPage(StartPageViewModel model) {
        screens.leave();
        ViewLoader.Loaded<StartPageView> page = loader.load(StartPageView.class);
        page.controller().bind(model);
        screens.show(page.root());
        return page.root();
    }

    @Override
    public void showSignIn(Optional<Long> sessionId) {
        experts.showSignIn(sessionId);
    }

    @Override
    public void showApplicants(SignInViewModel.SignedIn who) {
        experts.showApplicants(who);
    }

    @Override
    public void showScoreForm(SignInViewModel.SignedIn who, long applicantId) {
        experts.showScoreForm(who, applicantId);
    }

    /** The secretary's console on a session. */
    public void showConsole(long sessionId) {
        consoles.showConsole(sessionId);
    }

    /** File › Open on a file, or the one the user chooses. */
    public void openDatabase(Optional<Path> file) {
        databases.openDatabase(file);
    }

    /** A kit or a score file the window was started on, as a double click in the file manager does. */
    public void openGiven(Path file) {
        databases.openGiven(file);
    }

    /** Another database is open (switched to or restored): nobody signed in, the start page on it. */
    private void switched() {
        experts.forget();
        showDatabase();
    }

    private void refreshShell() {
        Workspace open = context.workspace();
        MainWindowView shell = screens.shell();
        shell.setStatus(UiText.text("status.database", open.store().where()));
        shell.setStorageWarning(open.file().flatMap(Database::storageWarning)
                .map(w -> UiText.text("storage.warning", w.text())));
        shell.setRecent(othersThan(open.place(), context.settings().recent()));
        shell.setNewSessionAvailable(open.store().read(s -> s.expertMode().current()).isEmpty());
    }

    /** The files and servers opened lately but the one open now, for the File › Recent menu. */
    private static List<StorePlace> othersThan(StorePlace open, List<StorePlace> recent) {
        return recent.stream().filter(p -> !p.equals(open)).toList();
    }
}
