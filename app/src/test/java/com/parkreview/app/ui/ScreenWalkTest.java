package com.parkreview.app.ui;

import static com.parkreview.app.ui.ScreenWalk.find;
import static com.parkreview.app.ui.ScreenWalk.fx;
import static com.parkreview.app.ui.ScreenWalk.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.console.ProgressViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen and dialog of the window on a laptop's 1024 × 700 screen (app/pom.xml runs this
 * class in a JVM whose headless screen is that size), in Chinese and in English, on
 * the demonstration session, and in Chinese once more with the text 150 % as large ({@link LargerText}, as a
 * laptop at 150 % display scaling shows it): no word drawn cut short (JavaFX's ellipsis), no column or control
 * out of sight where nothing scrolls, no dialog bigger than the screen, and in Chinese no English
 * word outside {@link ShownWords#ALLOWED}. The walk goes the secretary's way (start page, new
 * session, the console's tabs and their dialogs, the menus' dialogs), then the expert's (sign-in,
 * applicants, score form with a refused value, sign and re-open), then the expert's laptop (a kit
 * opened, the score file written and shown).
 */
@Tag("screen-walk") // app/pom.xml runs it, and it alone, on a 1024 × 700 screen
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ScreenWalkTest {

    /** The screens and dialogs the walk must reach, in its order: a walk that stops short fails. */
    private static final List<String> ROUTE = List.of(
            "start page: opening", "start page", "new session", "set-up", "set-up: applicant being edited", "set-up: expert being edited",
            "remove applicant", "pre-review", "import result", "kits handed out", "score import",
            "score import: files read", "progress", "typist", "recusal", "second entry", "second entry: compared",
            "panel", "flag resolution", "results", "session properties", "session properties: changed",
            "change reason", "discard question", "verify sheet",
            "verify sheet: verdict", "verify history", "about", "print preview", "backups", "backups: restore",
            "save copy", "export scores: not a laptop", "connect to server", "connect: server not there",
            "sign-in", "sign-in: expert chosen", "applicants", "score form", "score form: value refused",
            "score form: timer running", "sign: what is missing", "sign: confirm", "re-open",
            "open kit: opened", "start page: expert mode", "laptop sign-in", "laptop applicants",
            "laptop score form", "laptop score file written", "score file shown", "error");

    private static final String[] PAPER = "4 4 4 4 4 4 8 8 12 12 4 4 8".split(" ");
    private static final String[] CODES = "1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3".split(" ");

    @TempDir
    Path dir;

    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private Stage stage;
    private ClientContext context;
    private ClientRoot root;
    private ScreenWalk walk;
    private FxRobot robot;
    private long session;
    private Locale before;
    private Runnable largerText = () -> { };

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        ScreenWalk.run(largerText);
        if (context != null) {
            context.close();
        }
        if (before != null) {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en", "zh-150"}) // zh-150: the text 150 % as large (LargerText)
    void everyScreenAndDialogShowsItsWordsInFullAtALaptopsSize(String language, FxRobot robot) throws Exception {
        javafx.geometry.Rectangle2D screen = fx(() -> javafx.stage.Screen.getPrimary().getBounds());
        assumeTrue(screen.getWidth() == ScreenWalk.WIDTH && screen.getHeight() == ScreenWalk.HEIGHT,
                "walks on a 1024 × 700 screen: app/pom.xml's screen-walk execution, not on " + screen);
        this.robot = robot;
        before = Locale.getDefault();
        boolean chinese = language.startsWith("zh");
        Locale.setDefault(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Database db = TestSessions.freshDatabase(dir);
        session = new DemoSession(db).create();
        paperSheet(db, "E4", "A06");
        run(() -> {
            Preferences preferences = Preferences.userRoot().node("com/parkreview/test/" + System.nanoTime());
            context = new ClientContext(new ClientSettings(preferences), db, files);
            // a server's address, long as an office's are, among the places opened lately
            context.settings().opened(new com.parkreview.app.ui.common.StorePlace.Server(
                    "postgresql://review_office@db.programme-office.example.local:5432/review_2026"));
            root = new ClientRoot(context, stage);
            root.build(); // as a start shows it: the window first, its database still opening
            if (language.endsWith("-150")) {
                largerText = LargerText.everywhere(stage.getScene());
            }
            root.showOpening(db.file().file());
            stage.setWidth(ScreenWalk.WIDTH);
            stage.setHeight(ScreenWalk.HEIGHT);
            stage.show();
        });
        walk = new ScreenWalk(language, chinese, stage);
        walk.screen("start page: opening");
        run(root::databaseOpened);

        try {
            secretary();
            expert();
            laptop();
        } catch (RuntimeException | Error stopped) { // where the walk stopped, and what it had found by then
            stopped.addSuppressed(new AssertionError("walked " + walk.visited() + ", found:\n"
                    + String.join("\n", walk.findings())));
            throw stopped;
        }

        assertEquals(List.of(), walk.findings(), "cut short, out of sight or in English:\n"
                + String.join("\n", walk.findings()));
        assertEquals(ROUTE, walk.visited().stream().distinct().toList(), "the walk went all the way");
        assertTrue(files.allAsked(), "every file dialog the walk expected was opened");
    }

    // --- the secretary -----------------------------------------------------------------------

    private void secretary() throws Exception {
        walk.screen("start page");
        walk.close(walk.dialog("new session", button("#newSession")::fire));

        run(() -> root.showConsole(session));
        tab(0);
        walk.screen("set-up");
        TableView<?> applicants = table("applicants");
        run(() -> applicants.getSelectionModel().select(1));
        run(button("#editApplicant")::fire); // in sight or scrolled to: the side scrolls with large text
        walk.screen("set-up: applicant being edited");
        run(button("#cancelApplicant")::fire); // in sight or scrolled to: the side scrolls with large text
        TableView<?> experts = table("experts");
        run(() -> experts.getSelectionModel().select(1));
        run(button("#editExpert")::fire); // in sight or scrolled to: the side scrolls with large text
        walk.screen("set-up: expert being edited");
        run(button("#cancelExpert")::fire); // in sight or scrolled to: the side scrolls with large text
        walk.close(walk.dialog("remove applicant", button("#removeApplicant")::fire));
        walk.close(walk.dialog("pre-review", button("#preReview")::fire));

        files.then(Files.writeString(dir.resolve("申报单位.csv"), "code,name,uscc\nA07,某园区运营有限公司,91110107MA01R8K522\n"));
        walk.close(walk.dialog("import result", button("#importApplicants")::fire));
        files.then(Files.createDirectories(dir.resolve("U盘")));
        walk.close(walk.dialog("kits handed out", button("#handOutKits")::fire));

        DialogPane imports = walk.dialog("score import", button("#importScores")::fire);
        files.thenMany(List.of(Files.writeString(dir.resolve("E9.prscore"), "不是评分文件")));
        robot.clickOn(find(imports, "#importChoose", Button.class));
        TestWindows.settle(context.tasks());
        walk.again("score import: files read", imports);
        walk.close(imports);

        tab(1);
        walk.screen("progress");
        chooseCell("A06", "E5");
        walk.close(walk.dialog("typist", button("#paperEntry")::fire));
        walk.close(walk.dialog("recusal", button("#recordRecusal")::fire));
        chooseCell("A06", "E4");
        secondEntry(walk.dialog("second entry", button("#secondEntry")::fire));

        tab(2);
        ListView<?> panelList = fx(() -> (ListView<?>) stage.getScene().getRoot().lookupAll("#applicants").stream()
                .filter(ListView.class::isInstance).findFirst().orElseThrow());
        run(() -> panelList.getSelectionModel().select(2)); // A03: E5 far from the others
        walk.screen("panel");
        Button reReview = fx(() -> stage.getScene().getRoot().lookupAll("#flags").stream()
                .filter(javafx.scene.layout.VBox.class::isInstance).flatMap(flags -> flags.lookupAll(".button").stream())
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no flag to resolve")));
        walk.close(walk.dialog("flag resolution", reReview::fire));
        tab(3);
        walk.screen("results");

        DialogPane properties = walk.dialog("session properties", menuItem("sessionProperties")::fire);
        run(() -> find(properties, "#venue", TextField.class).setText("区政务服务中心 4 层会议室")); // OK waits for a change
        walk.again("session properties: changed", properties);
        walk.close(walk.dialog("change reason", () -> ((Button) properties.lookupButton(ButtonType.OK)).fire()));
        walk.close(sessionPropertiesAgain()); // no reason given: the form came back as typed; closed, it asks first

        DialogPane verify = walk.dialog("verify sheet", menuItem("verifySheet")::fire);
        run(() -> find(verify, "#verifySheetCode", TextField.class).setText("e41b e357 1bd0"));
        robot.clickOn(verify.lookupButton(verify.getButtonTypes().get(0)));
        Label verdict = find(verify, "#verifySheetVerdict", Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !verdict.getText().isEmpty()));
        walk.again("verify sheet: verdict", verify);
        walk.close(verify);

        walk.close(walk.dialog("verify history", menuItem("verify")::fire));
        walk.close(walk.dialog("about", menuItemNamed(UiText.text("menu.help.about"))::fire));
        walk.close(walk.dialog("print preview", menuItem("reportResults")::fire));
        DialogPane backups = walk.dialog("backups", menuItemNamed(UiText.text("menu.file.backups"))::fire);
        ButtonBase now = fx(() -> backups.lookupAll(".button").stream().map(ButtonBase.class::cast)
                .filter(b -> b.getText().equals(UiText.text("backups.now"))).findFirst().orElseThrow());
        run(now::fire); // the backup is written on the worker, the dialog disabled meanwhile
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !backups.getScene().getRoot().isDisabled()));
        ListView<?> list = find(backups, ".list-view", ListView.class);
        run(() -> list.getSelectionModel().select(0));
        ButtonBase restore = fx(() -> backups.lookupAll(".button").stream().map(ButtonBase.class::cast)
                .filter(b -> b.getText().equals(UiText.text("backups.restore"))).findFirst().orElseThrow());
        walk.close(walk.dialog("backups: restore", restore::fire));
        walk.close(backups);
        files.then(dir.resolve("副本"));
        walk.close(walk.dialog("save copy", menuItemNamed(UiText.text("menu.file.saveCopy"))::fire));
        walk.close(walk.dialog("export scores: not a laptop", menuItem("exportScores")::fire));
        connectToNowhere();
    }

    /** Session › Properties shown again after its reason was not given. */
    private DialogPane sessionPropertiesAgain() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane pane
                        && "sessionProperties".equals(pane.getId()))));
        return fx(() -> Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(pane -> "sessionProperties".equals(pane.getId())).findFirst().orElseThrow());
    }

    /** File › Connect to server… on a port of this machine nothing listens on: said so, the file stays. */
    private void connectToNowhere() throws Exception {
        DialogPane connect = walk.dialog("connect to server", menuItem("connectToServer")::fire);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(() -> find(connect, "#connectAddress", TextField.class).setText("postgresql://localhost:" + port + "/review"));
        ButtonType connectType = fx(() -> connect.getButtonTypes().get(0));
        walk.close(walk.dialog("connect: server not there", () -> ((Button) connect.lookupButton(connectType)).fire()));
        TestWindows.settle(context.tasks());
    }

    /** Types the paper sheet again with 5.1 misread, compares, and sees the difference to settle. */
    private void secondEntry(DialogPane dialog) {
        run(() -> {
            find(dialog, "#secondEntryTypist", TextField.class).setText("李复核");
            for (int i = 0; i < CODES.length; i++) {
                find(dialog, "#secondEntry-" + CODES[i].replace('.', '_'), TextField.class)
                        .setText(CODES[i].equals("5.1") ? "3" : PAPER[i]);
            }
        });
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        walk.again("second entry: compared", dialog);
        walk.close(dialog);
    }

    // --- the expert --------------------------------------------------------------------------

    private void expert() throws Exception {
        run(() -> root.showSignIn(java.util.Optional.of(session)));
        walk.screen("sign-in");
        ComboBox<?> expert = find(stage.getScene().getRoot(), "#expert", ComboBox.class);
        run(() -> expert.getSelectionModel().select(4)); // E5: A05 a complete draft, A06 not started
        walk.screen("sign-in: expert chosen");
        CheckBox pledge = find(stage.getScene().getRoot(), "#pledge", CheckBox.class);
        if (!fx(pledge::isSelected)) {
            run(pledge::fire);
        }
        run(button("#continueButton")::fire);
        walk.screen("applicants");

        openApplicant("A06");
        walk.screen("score form");
        robot.clickOn("#score-1_1").write("9").push(KeyCode.ENTER);
        walk.screen("score form: value refused");
        run(button("#startPause")::fire);
        walk.screen("score form: timer running");
        run(button("#startPause")::fire);
        walk.close(walk.dialog("sign: what is missing", button("#sign")::fire));
        run(button("#back")::fire);

        openApplicant("A05");
        walk.close(walk.dialog("sign: confirm", button("#sign")::fire));
        run(button("#back")::fire);
        openApplicant("A01");
        walk.close(walk.dialog("re-open", button("#reopen")::fire));
        run(button("#back")::fire);
    }

    private void openApplicant(String code) {
        TableView<?> table = find(stage.getScene().getRoot(), "#table", TableView.class);
        run(() -> {
            int row = 0;
            while (!((com.parkreview.app.ui.applicants.ApplicantListViewModel.Row) table.getItems().get(row))
                    .applicant().code().equals(code)) {
                row++;
            }
            table.getSelectionModel().select(row);
        });
        run(button("#open")::fire);
        ScreenWalk.settle();
    }

    // --- the expert's laptop -----------------------------------------------------------------

    private void laptop() throws Exception {
        Path kit;
        try (Stream<Path> kits = Files.list(dir.resolve("U盘"))) {
            kit = kits.filter(k -> k.getFileName().toString().startsWith("E2")).findFirst().orElseThrow();
        }
        Path laptop = dir.resolve("E2-laptop");
        files.then(kit).then(laptop);
        run(root::showStart);
        walk.close(walk.dialog("open kit: opened", button("#openKit")::fire));
        walk.screen("start page: expert mode");
        run(button("#signIn")::fire);
        walk.screen("laptop sign-in");
        CheckBox pledge = find(stage.getScene().getRoot(), "#pledge", CheckBox.class);
        if (!fx(pledge::isSelected)) {
            run(pledge::fire);
        }
        run(button("#continueButton")::fire);
        walk.screen("laptop applicants");
        openApplicant("A01");
        walk.screen("laptop score form");
        run(button("#back")::fire);

        Path scoreFile = dir.resolve("E2.prscore");
        files.then(scoreFile);
        run(root::showStart);
        walk.close(walk.dialog("laptop score file written", button("#exportScores")::fire));
        walk.close(walk.dialog("score file shown", () -> root.openGiven(scoreFile)));
        files.then(laptop);
        walk.close(walk.dialog("error", menuItem("newDatabase")::fire));
    }

    // --- helpers -----------------------------------------------------------------------------

    /** A paper sheet typed in, signed, waiting for its second entry. */
    private static void paperSheet(Database db, String expertCode, String applicantCode) {
        long expert = db.read(s -> s.experts().findByCode(s.sessions().list().get(0).id(), expertCode)).orElseThrow()
                .id();
        long applicant = db.read(s -> s.applicants().findByCode(s.sessions().list().get(0).id(), applicantCode))
                .orElseThrow().id();
        Actor typist = Actor.secretary("王录入");
        long sheet = new PaperEntry(db).openPaperSheet(typist, expert, applicant).id();
        ScoringService scoring = new ScoringService(db);
        for (int i = 0; i < CODES.length; i++) {
            scoring.commitScore(typist, sheet, CODES[i], PAPER[i]);
        }
        scoring.setOpinion(typist, sheet, "同意支持（纸质评分表）。");
        scoring.sign(typist, sheet);
    }

    private void tab(int index) {
        TabPane tabs = find(stage.getScene().getRoot(), "#tabs", TabPane.class);
        Tab tab = fx(() -> tabs.getTabs().get(index));
        run(() -> tabs.getSelectionModel().select(tab));
        ScreenWalk.settle();
    }

    private ButtonBase button(String selector) {
        return find(stage.getScene().getRoot(), selector, ButtonBase.class);
    }

    private TableView<?> table(String id) {
        return fx(() -> (TableView<?>) stage.getScene().getRoot().lookupAll("#" + id).stream()
                .filter(TableView.class::isInstance).findFirst().orElseThrow());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void chooseCell(String applicant, String expert) {
        TableView matrix = find(stage.getScene().getRoot(), "#matrix", TableView.class);
        run(() -> {
            TableColumn column = (TableColumn) matrix.getColumns().stream()
                    .filter(c -> ((TableColumn) c).getText().startsWith(expert + " ")).findFirst().orElseThrow();
            int row = 0;
            while (!((ProgressViewModel.Row) matrix.getItems().get(row)).applicant().code().equals(applicant)) {
                row++;
            }
            matrix.getSelectionModel().clearAndSelect(row, column);
        });
        ScreenWalk.settle();
    }

    private MenuItem menuItem(String id) {
        return menuItems().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private MenuItem menuItemNamed(String text) {
        return menuItems().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private Stream<MenuItem> menuItems() {
        MenuBar bar = fx(() -> (MenuBar) stage.getScene().getRoot().lookup(".menu-bar"));
        return fx(() -> bar.getMenus().stream().flatMap(ScreenWalkTest::itemsOf).toList()).stream();
    }

    private static Stream<MenuItem> itemsOf(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream()
                .flatMap(ScreenWalkTest::itemsOf)) : Stream.of(item);
    }

}
