package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as a start shows it, before its database is open (headless): the start page says
 * the database is opening and lists its sessions once it is; what the user asks for meanwhile
 * waits for the database and is not then replaced by the start page.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class StartWhileOpeningTest {

    @TempDir
    Path dir;

    private final CompletableFuture<Database> opening = new CompletableFuture<>();
    private Path file;
    private Database db;
    private ClientContext context;
    private ClientRoot root;

    @Start
    void start(Stage stage) throws Exception {
        db = TestSessions.freshDatabase(dir);
        TestSessions.session(db, 3, 5);
        file = db.file().file();
        Preferences preferences = Preferences.userRoot().node("com/parkreview/test/" + System.nanoTime());
        context = new ClientContext(new ClientSettings(preferences), new ScriptedFileDialogs());
        root = new ClientRoot(context, stage);
        root.build();
        root.showOpening(file);
        context.opening(opening);
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        opening.complete(db);
        context.close();
    }

    @Test
    void theStartPageSaysTheDatabaseIsOpeningThenListsItsSessions(FxRobot robot) {
        assertTrue(robot.lookup("#sessions").tryQuery().isEmpty(), "no session list before the database is open");
        assertTrue(robot.lookup("正在打开数据库…").tryQuery().isPresent(), "its place says the database is opening");
        assertEquals("数据库：" + file + "（正在打开…）", robot.lookup("#status").queryLabeled().getText());
        assertTrue(robot.lookup("#newSession").queryButton().isDisabled(), "no session is made in a database not yet open");
        assertTrue(newSessionMenu(robot).isDisable(), "nor from the Session menu");
        assertTrue(robot.lookup("#signIn").queryButton().isDisabled(), "no session to sign in to yet");
        assertFalse(robot.lookup("#openFile").queryButton().isDisabled(), "another file can be chosen meanwhile");

        opening.complete(db);
        robot.interact(root::databaseOpened);

        ListView<?> filled = robot.lookup("#sessions").queryListView();
        assertEquals(1, filled.getItems().size(), "the session of the database, once open");
        assertTrue(robot.lookup("正在打开数据库…").tryQuery().isEmpty());
        assertEquals("数据库：" + file, robot.lookup("#status").queryLabeled().getText());
        assertFalse(robot.lookup("#newSession").queryButton().isDisabled());
        assertFalse(newSessionMenu(robot).isDisable());
        assertFalse(robot.lookup("#signIn").queryButton().isDisabled(), "the first session is chosen");
    }

    @Test
    void aScreenAskedForWhileTheDatabaseOpensWaitsForItAndStays(FxRobot robot) {
        // The database opens a moment after the expert asked for the sign-in (Ctrl+I).
        CompletableFuture.runAsync(() -> opening.complete(db), CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);

        assertTrue(robot.lookup("#pledge").tryQuery().isPresent(), "the sign-in page, once the database was open");
        robot.interact(root::databaseOpened);
        assertTrue(robot.lookup("#pledge").tryQuery().isPresent(), "the sign-in page stays");
        assertTrue(robot.lookup("#sessions").tryQuery().isEmpty(), "not replaced by the start page");
        assertEquals("数据库：" + file, robot.lookup("#status").queryLabeled().getText());
    }

    @Test
    void aFileOpenedLatelyIsALinkThatOpensIt(FxRobot robot) throws Exception {
        Database otherDb = TestSessions.freshDatabase(dir, "other");
        Path other = otherDb.file().file();
        otherDb.close();
        robot.interact(() -> {
            context.settings().opened(other);
            root.showOpening(file);
        });
        opening.complete(db);
        robot.clickOn(robot.lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals(other.getFileName().toString()))
                .queryAs(Hyperlink.class));
        assertEquals("数据库：" + other, robot.lookup("#status").queryLabeled().getText());
    }

    @Test
    void theStartPageNamesTheDatabaseItIsOpening(FxRobot robot) {
        Label database = robot.lookup("#database").queryAs(Label.class);
        assertEquals("数据库：" + file, database.getText());
        Button openKit = robot.lookup("#openKit").queryButton();
        assertFalse(openKit.isDisabled(), "an expert kit can be opened meanwhile");
    }

    private static MenuItem newSessionMenu(FxRobot robot) {
        MenuBar menus = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        return menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "newSessionMenu".equals(i.getId())).findFirst().orElseThrow();
    }
}
