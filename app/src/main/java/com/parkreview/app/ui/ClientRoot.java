package com.parkreview.app.ui;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.sheets.SheetMaker;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.sheets.StoredSheets;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.SessionStatus;
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
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.scoring.ScoreFormView;
import com.parkreview.app.ui.scoring.ScoreFormViewModel;
import com.parkreview.app.ui.shell.MainWindowView;
import com.parkreview.app.ui.sheets.SheetPreview;
import com.parkreview.app.ui.signin.SignInView;
import com.parkreview.app.ui.signin.SignInViewModel;
import com.parkreview.app.ui.start.NewSessionView;
import com.parkreview.app.ui.start.NewSessionViewModel;
import com.parkreview.app.ui.start.StartPageView;
import com.parkreview.app.ui.start.StartPageViewModel;
import com.parkreview.app.ui.timer.DefenseTimerView;
import com.parkreview.app.ui.timer.DefenseTimerViewModel;
import com.parkreview.reports.ReportService;
import java.io.File;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
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
    private final ReportService reports = new ReportService();
    private MainWindowView shell;
    private SignInViewModel.SignedIn current;
    private ConsoleSession console;
    private ConsoleView consoleView;
    private Runnable consoleRefresh = () -> { };
    private Runnable leaveScreen = () -> { };

    public ClientRoot(ClientContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.loader = new ViewLoader(controllers(), UiText::bundle);
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
        makers.put(SetupView.class, SetupView::new);
        makers.put(ProgressView.class, ProgressView::new);
        makers.put(PanelView.class, PanelView::new);
        makers.put(ResultsView.class, ResultsView::new);
        makers.put(NewSessionView.class, NewSessionView::new);
        return makers;
    }

    /** Builds the window and shows the start page. */
    public void show() {
        ViewLoader.Loaded<MainWindowView> loaded = loader.load(MainWindowView.class);
        shell = loaded.controller();
        Scene scene = stage.getScene();
        if (scene == null) {
            stage.setScene(Theme.scene(loaded.root()));
        } else {
            scene.setRoot(loaded.root());
        }
        stage.setTitle(UiText.text("app.title"));
        refreshShell();
        showStart();
    }

    @Override
    public Window window() {
        return stage;
    }

    @Override
    public void showStart() {
        leave();
        ViewLoader.Loaded<StartPageView> page = loader.load(StartPageView.class);
        page.controller().bind(new StartPageViewModel(db(), context.workspace().database().file().file(),
                context.settings().recentFiles()));
        shell.show(page.root());
    }

    @Override
    public void showSignIn(Optional<Long> sessionId) {
        leave();
        ViewLoader.Loaded<SignInView> page = loader.load(SignInView.class);
        SignInViewModel model = new SignInViewModel(db(), context.workspace().scoring());
        sessionId.ifPresent(model::chooseSession);
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

    /** The expert's own sheet, or a blank one, of the applicant on the form: previewed, then printed. */
    private void printFromForm(long applicantId, boolean blank) {
        try {
            String applicantCode = db().read(s -> s.applicants().find(applicantId)).orElseThrow().code();
            StoredSheets stored = db().read(s -> StoredSheets.load(s, current.sessionId(), LocalDate.now()));
            SheetRequest request = new SheetRequest(blank ? SheetRequest.Kind.BLANK : SheetRequest.Kind.EXPERT,
                    Optional.of(applicantCode), blank ? Optional.empty() : Optional.of(current.expert().code()));
            var sheets = new SheetMaker(reports).fill(stored, request);
            new SheetPreview(stage, reports, context.tasks(), sheets, sheets.get(0).name()).show();
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
            console = new ConsoleSession(workspace.database(), workspace.merge(), secretary, sessionId);
            ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
            SetupViewModel setup = new SetupViewModel(db(), workspace.setup(), secretary, sessionId);
            ProgressViewModel progress = new ProgressViewModel(console::snapshot, java.time.Clock.systemDefaultZone());
            PanelViewModel panel = new PanelViewModel(console, workspace.merge(), workspace.setup(), secretary);
            ResultsViewModel results = new ResultsViewModel(console::snapshot);
            consoleRefresh = () -> {
                console.reload();
                setup.refresh();
                progress.refresh();
                panel.refresh();
                results.refresh();
                consoleView.setDetails(consoleDetails(sessionId));
            };
            ViewLoader.Loaded<ConsoleView> page = loader.load(ConsoleView.class);
            consoleView = page.controller();
            consoleView.bind(session.name(), consoleDetails(sessionId), setup, progress, panel, results);
            leaveScreen = () -> {
                console = null;
                consoleRefresh = () -> { };
            };
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
                printFromForm(applicantId, blank);
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
                    context.workspace().merge().mergeAndRecordFlags(console.actor(), sessionId);
                    context.workspace().setup().setStatus(console.actor(), sessionId, SessionStatus.MERGED);
                    consoleRefresh.run();
                    consoleView.showPanel();
                });
            }

            @Override
            public void print(ConsoleView.PrintKind kind) {
                guarded(() -> printFromConsole(kind));
            }
        };
    }

    private void printFromConsole(ConsoleView.PrintKind kind) {
        StoredSheets stored = db().read(s -> StoredSheets.load(s, console.sessionId(), LocalDate.now()));
        SheetMaker maker = new SheetMaker(reports);
        switch (kind) {
            case SIGN_IN -> preview(maker.fill(stored, new SheetRequest(SheetRequest.Kind.SIGN_IN, Optional.empty(),
                    Optional.empty())));
            case SUMMARIES -> preview(maker.fill(stored, new SheetRequest(SheetRequest.Kind.SUMMARY, Optional.empty(),
                    Optional.empty())));
            case RESULTS -> preview(maker.fill(stored, new SheetRequest(SheetRequest.Kind.RESULTS, Optional.empty(),
                    Optional.empty())));
            case PACK -> preview(maker.fill(stored, new SheetRequest(SheetRequest.Kind.PACK, Optional.empty(),
                    Optional.empty())));
            case RESULTS_PDF, RESULTS_XLSX -> {
                boolean xlsx = kind == ConsoleView.PrintKind.RESULTS_XLSX;
                var results = maker.fill(stored, new SheetRequest(SheetRequest.Kind.RESULTS, Optional.empty(),
                        Optional.empty()));
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(xlsx ? new FileChooser.ExtensionFilter("Excel", "*.xlsx")
                        : new FileChooser.ExtensionFilter("PDF", "*.pdf"));
                chooser.setInitialFileName(results.get(0).name() + (xlsx ? ".xlsx" : ".pdf"));
                File file = chooser.showSaveDialog(stage);
                if (file != null) {
                    exportTo(file.toPath(), out -> {
                        if (xlsx) {
                            reports.exportXlsx(results.get(0), out);
                        } else {
                            reports.exportPdf(results, stored.stored().session().name(), out);
                        }
                    });
                }
            }
        }
    }

    /** Writes a file beside its target and moves it over: a failure leaves an older file whole. */
    void exportTo(Path target, java.util.function.Consumer<java.io.OutputStream> export) {
        try {
            Path part = java.nio.file.Files.createTempFile(target.toAbsolutePath().getParent(), ".export", ".part");
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(part)) {
                export.accept(out);
            }
            java.nio.file.Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void preview(java.util.List<com.parkreview.reports.fill.FilledSheet> sheets) {
        new SheetPreview(stage, reports, context.tasks(), sheets, sheets.get(0).name()).show();
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ErrorDialog.show(stage, e);
        }
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
        chooser().map(c -> c.showSaveDialog(stage)).map(File::toPath).ifPresent(path -> {
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
        Optional<Path> chosen = file.isPresent() ? file : chooser().map(c -> c.showOpenDialog(stage)).map(File::toPath);
        chosen.ifPresent(path -> switchTo(() -> openAskingPassword(DatabaseFile.of(path))));
    }

    @Override
    public void saveCopy() {
        chooser().map(c -> c.showSaveDialog(stage)).map(File::toPath).ifPresent(path -> {
            try {
                Path copy = context.workspace().database().saveCopy(path);
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
    public void verify() {
        context.tasks().run(() -> db().read(s -> s.history().verify()), (ChainCheck check) -> {
            if (check.intact()) {
                info(UiText.text("verify.title"), UiText.text("verify.intact", check.entries()));
            } else {
                Alert alert = new Alert(Alert.AlertType.WARNING,
                        UiText.text("verify.broken", check.entries(), check.firstBreak().orElseThrow().what().text()));
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
                System.getProperty("javafx.runtime.version", "?"), org.h2.engine.Constants.VERSION,
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
        shell.setRecentFiles(context.settings().recentFiles().stream()
                .filter(p -> !p.equals(database.file().file())).toList());
    }

    private Optional<FileChooser> chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.text("file.chooser.database"), "*.mv.db"));
        chooser.setInitialDirectory(context.workspace().database().file().folder().toFile());
        return Optional.of(chooser);
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

}
