package com.parkreview.app.ui.shell;

import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.console.ConsoleView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.StackPane;

/** The window's frame: menus, the storage warning, the screen shown, the status bar. Binds and forwards. */
public final class MainWindowView {

    /** What the menus ask for; the composition root does it. */
    public interface Actions {
        void newDatabase();

        void openDatabase(Optional<Path> file);

        /** File › Connect to server…: a database on a programme office's server. */
        void connectToServer();

        /** A file or a server from the recent list, opened again. */
        void openRecent(StorePlace place);

        void saveCopy();

        void backups();

        void openKit();

        void exportScores();

        void exit();

        void start();

        void signIn();

        /** Session › New session…: the start page's new-session form. */
        void newSession();

        void verify();

        /** Session › Properties: corrects the session open in the secretary's console. */
        void sessionProperties();

        /** Session › Close session…: ends the session open in the secretary's console. */
        void closeSession();

        /** Prints or exports a sheet of the session open in the secretary's console. */
        void printSession(ConsoleView.PrintKind kind);

        /** 核对纸质评分表: a paper sheet checked against the stored data by its code. */
        void verifySheet();

        void switchLanguage(Locale locale);

        void about();
    }

    private final Actions actions;

    @FXML
    private StackPane content;
    @FXML
    private Label status;
    @FXML
    private Label storageWarning;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem newSessionMenu;
    @FXML
    private MenuItem sessionProperties;
    @FXML
    private MenuItem closeSession;
    @FXML
    private MenuItem reportSignIn;
    @FXML
    private MenuItem reportSummaries;
    @FXML
    private MenuItem reportResults;
    @FXML
    private MenuItem reportPack;
    @FXML
    private MenuItem reportResultsPdf;
    @FXML
    private MenuItem reportResultsXlsx;
    @FXML
    private RadioMenuItem chinese;
    @FXML
    private RadioMenuItem english;

    public MainWindowView(Actions actions) {
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        boolean isEnglish = Locale.getDefault().getLanguage().equals("en");
        english.setSelected(isEnglish);
        chinese.setSelected(!isEnglish);
        setSessionReports(false);
        setNewSessionAvailable(false);
    }

    /** Session › New session… is there for the secretary's database once it is open, as the start page's button is. */
    public void setNewSessionAvailable(boolean available) {
        newSessionMenu.setDisable(!available);
    }

    /** The session's sheets can be printed from the menu while a session is open in the secretary's console. */
    public void setSessionReports(boolean available) {
        for (MenuItem item : List.of(sessionProperties, closeSession, reportSignIn, reportSummaries, reportResults, reportPack,
                reportResultsPdf, reportResultsXlsx)) {
            item.setDisable(!available);
        }
    }

    @FXML
    private void print(ActionEvent event) {
        actions.printSession(ConsoleView.PrintKind.chosenIn(event));
    }

    @FXML
    private void sessionProperties() {
        actions.sessionProperties();
    }

    @FXML
    private void closeSession() {
        actions.closeSession();
    }

    @FXML
    private void verifySheet() {
        actions.verifySheet();
    }

    public void show(Node screen) {
        content.getChildren().setAll(screen);
    }

    /** Whether this screen is the one shown. */
    public boolean isShowing(Node screen) {
        return content.getChildren().contains(screen);
    }

    public void setStatus(String text) {
        status.setText(text);
    }

    /** A warning shown above every screen (a read-only file, a nearly full disk), or none. */
    public void setStorageWarning(Optional<String> warning) {
        storageWarning.setText(warning.orElse(""));
        storageWarning.setVisible(warning.isPresent());
        storageWarning.setManaged(warning.isPresent());
    }

    /** File › Recent: the files and servers opened lately. */
    public void setRecent(List<StorePlace> places) {
        recentMenu.getItems().setAll(places.stream().map(place -> {
            MenuItem item = new MenuItem(place.text());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(place));
            return item;
        }).toList());
        recentMenu.setDisable(places.isEmpty());
    }

    @FXML
    private void newDatabase() {
        actions.newDatabase();
    }

    @FXML
    private void openDatabase() {
        actions.openDatabase(Optional.empty());
    }

    @FXML
    private void connectToServer() {
        actions.connectToServer();
    }

    @FXML
    private void saveCopy() {
        actions.saveCopy();
    }

    @FXML
    private void backups() {
        actions.backups();
    }

    @FXML
    private void openKit() {
        actions.openKit();
    }

    @FXML
    private void exportScores() {
        actions.exportScores();
    }

    @FXML
    private void exit() {
        actions.exit();
    }

    @FXML
    private void start() {
        actions.start();
    }

    @FXML
    private void signIn() {
        actions.signIn();
    }

    @FXML
    private void newSession() {
        actions.newSession();
    }

    @FXML
    private void verify() {
        actions.verify();
    }

    @FXML
    private void chinese() {
        actions.switchLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML
    private void english() {
        actions.switchLanguage(Locale.ENGLISH);
    }

    @FXML
    private void about() {
        actions.about();
    }
}
