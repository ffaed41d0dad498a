package com.parkreview.app.ui;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.Engine;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.sheets.SheetVerification;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.ui.console.SecondEntryDialog;
import com.parkreview.app.ui.console.SecondEntryViewModel;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.TextField;
import com.parkreview.app.ui.applicants.ApplicantListView;
import com.parkreview.app.ui.console.ConsoleSession;
import com.parkreview.app.ui.console.ConsoleView;
import com.parkreview.app.ui.console.PanelView;
import com.parkreview.app.ui.console.PanelViewModel;
import com.parkreview.app.ui.console.ProgressView;
import com.parkreview.app.ui.console.ProgressViewModel;
import com.parkreview.app.ui.console.ResultsView;
import com.parkreview.app.ui.console.ResultsViewModel;
import com.parkreview.app.ui.console.SetupView;
import com.parkreview.app.ui.console.SetupViewModel;
import com.parkreview.app.ui.applicants.ApplicantListViewModel;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.scoring.ScoreFormView;
import com.parkreview.app.ui.scoring.ScoreFormViewModel;
import com.parkreview.app.ui.shell.MainWindowView;
import com.parkreview.app.ui.sheets.VerifySheetDialog;
import com.parkreview.app.ui.sheets.VerifySheetViewModel;
import com.parkreview.app.ui.signin.SignInView;
import com.parkreview.app.ui.signin.SignInViewModel;
import com.parkreview.app.ui.start.NewSessionView;
import com.parkreview.app.ui.start.NewSessionViewModel;
import com.parkreview.app.ui.start.StartPageView;
import com.parkreview.app.ui.start.StartPageViewModel;
import com.parkreview.app.ui.timer.DefenseTimerView;
import com.parkreview.app.ui.timer.DefenseTimerViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The composition root of the window: it makes every controller, moves between screens and
 * carries out what the menus and pages ask for. Nothing else creates services or controllers.
 */
public final class ClientRoot implements Navigator, MainWindowView.Actions, StartPageView.Actions {

    private final ClientContext context;
    private final Stage stage;
    private final ViewLoader loader;
    private final SheetPrinting printing;
    private final OfflineExchangeFlow exchange;
    private MainWindowView shell;
    private SignInViewModel.SignedIn current;
    private ConsoleSession console;
    private ConsoleView consoleView;
    private Runnable consoleRefresh = () -> { };
    private Runnable leaveScreen = () -> { };
    private Node openingPage;

    public ClientRoot(ClientContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.loader = new ViewLoader(controllers(), UiText::bundle);
        this.printing = new SheetPrinting(stage, context);
        this.exchange = new OfflineExchangeFlow(stage, context, loader);
    }

    /** The maker of every controller, by its class: the only place controllers are made. */
    private Map<Class<?>, Supplier<Object>> controllers() {
        Map<Class<?>, Supplier<Object>> makers = new java.util.HashMap<>();
        makers.put(MainWindowView.class, () -> new MainWindowView(this));
        makers.put(StartPageView.class, () -> new StartPageView(this));
        makers.put(SignInView.class, () -> new SignInView(this::signedIn));
        makers.put(ApplicantListView.class, () -> new ApplicantListView(applicantListActions()));
        makers.put(ScoreFormView.class, () -> new ScoreFormView(scoreFormActions()));
        makers.put(DefenseTimerView.class, DefenseTimerView::new);
        makers.put(ConsoleView.class, () -> new ConsoleView(consoleActions()));
        makers.put(SetupView.class, () -> new SetupView(context.files()));
        makers.put(ProgressView.class, ProgressView::new);
        makers.put(PanelView.class, PanelView::new);
        makers.put(ResultsView.class, ResultsView::new);
        makers.put(NewSessionView.class, () -> new NewSessionView(context.files()));
        makers.put(com.parkreview.app.ui.exchange.ScoreImportView.class,
                () -> new com.parkreview.app.ui.exchange.ScoreImportView(context.files()));
        return makers;
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
        shell = loaded.controller();
        Scene scene = stage.getScene();
        if (scene == null) {
            stage.setScene(Theme.scene(loaded.root()));
        } else {
            scene.setRoot(loaded.root());
        }
        stage.setTitle(UiText.text("app.title"));
    }

    /** The built window on the context's database: its status line and the start page. */
    public void showDatabase() {
        refreshShell();
        showStart();
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
        List<Path> recent = context.settings().recentFiles();
        shell.setStatus(UiText.text("status.opening", database));
        shell.setRecentFiles(othersThan(database, recent));
        openingPage = showStartPage(StartPageViewModel.opening(database, recent));
    }

    /**
     * The starting database is open: the status line, and the start page with its sessions if
     * the user is still on it (a screen asked for meanwhile stays).
     */
    public void databaseOpened() {
        refreshShell();
        if (openingPage != null && shell.isShowing(openingPage)) {
            showStart();
        }
        openingPage = null;
    }

    @Override
    public void showStart() {
        showStartPage(new StartPageViewModel(db(), context.workspace().database().file().file(),
                context.settings().recentFiles()));
    }

    private Node showStartPage(StartPageViewModel model) {
        leave();
        ViewLoader.Loaded<StartPageView> page = loader.load(StartPageView.class);
        page.controller().bind(model);
        shell.show(page.root());
        return page.root();
    }

    @Override
    public void showSignIn(Optional<Long> sessionId) {
        leave();
        ViewLoader.Loaded<SignInView> page = loader.load(SignInView.class);
        SignInViewModel model = new SignInViewModel(db(), context.workspace().scoring());
        Optional<ExpertMode> mode = db().read(s -> s.expertMode().current());
        if (mode.isPresent()) {
            model.onlyFor(mode.get().sessionId(), mode.get().expertId());
        } else {
            sessionId.ifPresent(model::chooseSession);
        }
        page.controller().bind(model);
        shell.show(page.root());
    }

    @Override
    public void showApplicants(SignInViewModel.SignedIn who) {
        leave();
        ViewLoader.Loaded<ApplicantListView> page = loader.load(ApplicantListView.class);
        page.controller().bind(new ApplicantListViewModel(db(), who.sessionId(), who.expert().id()),
                who.expert().code() + " " + who.expert().name());
        shell.show(page.root());
    }

    @Override
    public void showScoreForm(SignInViewModel.SignedIn who, long applicantId) {
        try {
            ScoreFormViewModel model = ScoreFormViewModel.open(db(), context.workspace().scoring(), who.actor(),
                    who.expert().id(), applicantId);
            ReviewSession session = db().read(s -> s.sessions().find(who.sessionId())).orElseThrow();
            leave();
            ViewLoader.Loaded<ScoreFormView> page = loader.load(ScoreFormView.class);
            page.controller().bind(model, new DefenseTimerViewModel(session.details().timing()));
            leaveScreen = page.controller()::leave;
            shell.show(page.root());
        } catch (RuntimeException e) {
            ErrorDialog.show(stage, e);
        }
    }

    private void signedIn(SignInViewModel model) {
        try {
            current = model.signIn();
            showApplicants(current);
        } catch (RuntimeException e) {
            ErrorDialog.show(stage, e);
        }
    }

    /** The secretary's console on a session. */
    public void showConsole(long sessionId) {
        try {
            leave();
            Workspace workspace = context.workspace();
            Actor secretary = Actor.secretary(System.getProperty("user.name", ""));
            console = new ConsoleSession(workspace.merge(), secretary, sessionId);
            ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
            SetupViewModel setup = new SetupViewModel(db(), workspace.setup(), secretary, sessionId);
            ProgressViewModel progress = new ProgressViewModel(console::snapshot, java.time.Clock.systemDefaultZone());
            PanelViewModel panel = new PanelViewModel(console, workspace.merge(), workspace.setup(), secretary);
            ResultsViewModel results = new ResultsViewModel(console::snapshot);
            // every change made in one tab (a flag resolved, an applicant added) shows in all of them
            console.onReload(() -> {
                setup.refresh();
                progress.refresh();
                results.refresh();
                consoleView.setDetails(consoleDetails(sessionId));
            });
            setup.onChange(console::reload);
            consoleRefresh = console::reload;
            ViewLoader.Loaded<ConsoleView> page = loader.load(ConsoleView.class);
            consoleView = page.controller();
            consoleView.bind(session.name(), consoleDetails(sessionId), setup, progress, panel, results);
            leaveScreen = () -> {
                console = null;
                consoleRefresh = () -> { };
                shell.setSessionReports(false);
            };
            shell.setSessionReports(true);
            shell.show(page.root());
        } catch (RuntimeException e) {
            ErrorDialog.show(stage, e);
        }
    }

    private String consoleDetails(long sessionId) {
        ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
        return UiText.text("console.details", String.valueOf(session.year()),
                session.date().map(Object::toString).orElse("—"), session.details().venue(),
                UiText.text("session.status." + session.status().name()),
                session.budget().map(b -> b.toWanString()).orElse("—"));
    }

    private ApplicantListView.Actions applicantListActions() {
        return new ApplicantListView.Actions() {
            @Override
            public void open(ApplicantListViewModel.Row row) {
                showScoreForm(current, row.applicant().id());
            }

            @Override
            public void signOut() {
                current = null;
                showStart();
            }
        };
    }

    private ScoreFormView.Actions scoreFormActions() {
        return new ScoreFormView.Actions() {
            @Override
            public void back() {
                showApplicants(current);
            }

            @Override
            public void print(long applicantId, boolean blank) {
                guarded(() -> printing.fromForm(current.actor(), current.sessionId(), current.expert().code(), applicantId, blank));
            }
        };
    }

    private ConsoleView.Actions consoleActions() {
        return new ConsoleView.Actions() {
            @Override
            public void back() {
                showStart();
            }

            @Override
            public void refresh() {
                guarded(consoleRefresh);
            }

            @Override
            public void merge() {
                guarded(() -> {
                    long sessionId = console.sessionId();
                    context.workspace().setup().setStatus(console.actor(), sessionId, SessionStatus.MERGED);
                    consoleRefresh.run(); // the console's reading merges and records the flags found
                    consoleView.showPanel();
                });
            }

            @Override
            public void print(ConsoleView.PrintKind kind) {
                guarded(() -> printing.fromConsole(console.actor(), console.sessionId(), kind));
            }

            @Override
            public void importScores() {
                exchange.importScores(console.actor(), console.sessionId(), () -> guarded(consoleRefresh));
            }

            @Override
            public void handOutKits(java.util.List<Expert> experts) {
                exchange.handOutKits(console.actor(), console.sessionId(), experts);
            }

            @Override
            public void paperEntry(Expert expert, Applicant applicant) {
                showPaperForm(console.sessionId(), expert, applicant);
            }

            @Override
            public void recordRecusal(Expert expert, Applicant applicant) {
                askRecusalReason(expert, applicant).ifPresent(reason -> guarded(() -> {
                    context.workspace().scoring().declareRecusal(console.actor(), expert.id(), applicant.id(), reason);
                    consoleRefresh.run();
                }));
            }

            @Override
            public void secondEntry(Expert expert, Applicant applicant, ScoreSheet sheet) {
                ReviewSession session = db().read(s -> s.sessions().find(console.sessionId())).orElseThrow();
                SecondEntryViewModel model = new SecondEntryViewModel(new PaperEntry(db()), sheet.id(),
                        session.settings());
                if (SecondEntryDialog.show(stage, UiText.text("secondEntry.heading", expert.code(), expert.name(),
                        applicant.code(), applicant.name(), sheet.round()), model)) {
                    guarded(consoleRefresh);
                }
            }
        };
    }

    /**
     * An expert's paper sheet typed in by a named person into the score form, marked as paper; it
     * counts once another person's second entry matches. Back returns to the progress matrix.
     */
    private void showPaperForm(long sessionId, Expert expert, Applicant applicant) {
        Optional<String> typist = askTypist(expert, applicant);
        if (typist.isEmpty()) {
            return;
        }
        try {
            Actor actor = Actor.secretary(TextField.ACTOR.check(typist.get()));
            new PaperEntry(db()).openPaperSheet(actor, expert.id(), applicant.id());
            ScoreFormViewModel model = ScoreFormViewModel.open(db(), context.workspace().scoring(), actor, expert.id(),
                    applicant.id());
            ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
            leave();
            ViewLoader.Loaded<ScoreFormView> page = loader.load(ScoreFormView.class, () -> new ScoreFormView(
                    new ScoreFormView.Actions() {
                        @Override
                        public void back() {
                            showConsole(sessionId);
                            consoleView.showProgress();
                        }

                        @Override
                        public void print(long applicantId, boolean blank) {
                            guarded(() -> printing.fromForm(actor, sessionId, expert.code(), applicantId, blank));
                        }
                    }));
            page.controller().bind(model, new DefenseTimerViewModel(session.details().timing()));
            leaveScreen = page.controller()::leave;
            shell.show(page.root());
        } catch (RuntimeException e) {
            ErrorDialog.show(stage, e);
        }
    }

    /** The reason of a conflict the expert declared on paper, as the expert wrote it. */
    private Optional<String> askRecusalReason(Expert expert, Applicant applicant) {
        return ReasonPrompt.ask(stage, UiText.text("recusal.title"), UiText.text("recusal.prompt", expert.code(),
                expert.name(), applicant.code(), applicant.name()), "recusalDialog", "recusalReason");
    }

    private Optional<String> askTypist(Expert expert, Applicant applicant) {
        return ReasonPrompt.ask(stage, UiText.text("paper.title"), UiText.text("paper.typistPrompt", expert.code(),
                expert.name(), applicant.code(), applicant.name()), "typistDialog", "typistName");
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(stage, action);
    }

    // --- start page ------------------------------------------------------------------------

    @Override
    public void openConsole(Optional<Long> sessionId) {
        sessionId.ifPresent(this::showConsole);
    }


    @Override
    public void signIn(Optional<Long> sessionId) {
        showSignIn(sessionId);
    }

    @Override
    public void openKit() {
        exchange.openKit(database -> switchTo(() -> database));
    }

    /** A kit or a score file the window was started on, as a double click in the file manager does. */
    public void openGiven(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(KitFile.EXTENSION)) {
            exchange.openKit(file, database -> switchTo(() -> database));
        } else {
            exchange.showScoreFile(file);
        }
    }

    @Override
    public void exportScores() {
        Optional<ExpertMode> mode = db().read(s -> s.expertMode().current());
        if (mode.isEmpty()) {
            info(UiText.text("laptop.exportTitle"), UiText.text("laptop.notExpertMode"));
            return;
        }
        exchange.exportScores(mode.get());
    }

    @Override
    public void newSession() {
        ViewLoader.Loaded<NewSessionView> form = loader.load(NewSessionView.class);
        NewSessionViewModel model = new NewSessionViewModel();
        form.controller().bind(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(UiText.text("newSession.title"));
        dialog.getDialogPane().setContent(form.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.problemProperty().isNotEmpty());
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            try {
                long id = model.create(context.workspace().setup(), Actor.secretary(System.getProperty("user.name", "")));
                showConsole(id);
            } catch (RuntimeException e) {
                ErrorDialog.show(stage, e);
            }
        }
    }

    // --- menus -------------------------------------------------------------------------------

    @Override
    public void newDatabase() {
        saveDatabaseAs(UiText.text("menu.file.new")).ifPresent(path -> {
            DatabaseFile file = DatabaseFile.of(path);
            if (file.exists()) {
                ErrorDialog.show(stage, new com.parkreview.scoring.ValidationException(AppText.of("ui.fileExists", file)));
                return;
            }
            switchTo(() -> Database.open(file, OpenOptions.creating()));
        });
    }

    @Override
    public void openDatabase(Optional<Path> file) {
        Optional<Path> chosen = file.isPresent() ? file : context.files().open(stage, UiText.text("menu.file.open"),
                databaseKind());
        chosen.ifPresent(path -> switchTo(() -> openAskingPassword(DatabaseFile.of(path))));
    }

    @Override
    public void saveCopy() {
        saveDatabaseAs(UiText.text("menu.file.saveCopy")).ifPresent(path -> {
            try {
                Path copy = context.workspace().database().saveCopy(path, Actor.window());
                info(UiText.text("menu.file.saveCopy"), UiText.text("saveCopy.done", copy));
            } catch (RuntimeException e) {
                ErrorDialog.show(stage, e);
            }
        });
    }

    @Override
    public void backups() {
        new BackupsDialog(stage, context, this::restored).showAndWait();
    }

    @Override
    public void exit() {
        stage.close();
        Platform.exit();
    }

    @Override
    public void start() {
        showStart();
    }

    @Override
    public void signIn() {
        showSignIn(Optional.empty());
    }

    @Override
    public void printSession(ConsoleView.PrintKind kind) {
        if (console != null) {
            guarded(() -> printing.fromConsole(console.actor(), console.sessionId(), kind));
        }
    }

    @Override
    public void verifySheet() {
        VerifySheetDialog.show(stage, new VerifySheetViewModel(new SheetVerification(db())), context.tasks());
    }

    @Override
    public void verify() {
        context.tasks().run(() -> db().read(s -> s.history().verify()), (ChainCheck check) -> {
            if (check.intact()) {
                info(UiText.text("verify.title"), UiText.text("verify.intact", check.entries()));
            } else {
                Alert alert = new Alert(Alert.AlertType.WARNING,
                        UiText.text("verify.broken", check.entries(), check.breakCount(), check.breaks().stream()
                                .limit(10).map(found -> found.what().text())
                                .collect(java.util.stream.Collectors.joining("\n"))));
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
        show();
    }

    @Override
    public void about() {
        Database database = context.workspace().database();
        String version = Optional.ofNullable(ClientRoot.class.getPackage().getImplementationVersion()).orElse("development");
        info(UiText.text("about.title"), UiText.text("about.text", version, System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), Engine.version(),
                database.file(), database.file().folder()));
    }

    // --- helpers -----------------------------------------------------------------------------

    private com.parkreview.app.review.StoreAccess db() {
        return context.workspace().database();
    }

    private void leave() {
        leaveScreen.run();
        leaveScreen = () -> { };
    }

    private void switchTo(Supplier<Database> open) {
        try {
            Database database = open.get();
            context.switchTo(database);
            context.settings().opened(database.file().file());
            current = null;
            refreshShell();
            showStart();
        } catch (StoreException e) {
            ErrorDialog.show(stage, e);
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
                Optional<char[]> password = PasswordPrompt.ask(stage, AppText.of("ui.passwordPrompt", file).text());
                if (password.isEmpty()) {
                    throw e;
                }
                options = OpenOptions.existing().withPassword(password.get());
            }
        }
    }

    private void restored(Database database) {
        context.settings().opened(database.file().file());
        current = null;
        refreshShell();
        showStart();
    }

    private void refreshShell() {
        Database database = context.workspace().database();
        shell.setStatus(UiText.text("status.database", database.file()));
        shell.setStorageWarning(database.storageWarning().map(w -> UiText.text("storage.warning", w.text())));
        shell.setRecentFiles(othersThan(database.file().file(), context.settings().recentFiles()));
    }

    /** The files opened lately but the one open now, for the File › Recent menu. */
    private static List<Path> othersThan(Path open, List<Path> recent) {
        return recent.stream().filter(p -> !p.equals(open)).toList();
    }

    private Optional<Path> saveDatabaseAs(String title) {
        return context.files().save(stage, title, databaseKind(), "", Optional.of(context.workspace().database().file()
                .folder()));
    }

    private static FileDialogs.Kind databaseKind() {
        return FileDialogs.Kind.of(UiText.text("file.chooser.database"), "*" + DatabaseFile.H2_SUFFIX);
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

}
