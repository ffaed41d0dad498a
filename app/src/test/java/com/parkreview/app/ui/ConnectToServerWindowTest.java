package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TcpRelay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.StorePlace;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a programme office's server (headless, a real PostgreSQL): File › Connect to
 * server… lists the server's sessions on the start page, the file-only commands say so rather
 * than fail, and switching back to the file closes the server's connections; a server that is
 * not there is said so and the file stays open.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ConnectToServerWindowTest {

    @TempDir
    Path dir;

    private Database file;
    private ClientContext context;
    private ClientRoot root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        file = TestSessions.freshDatabase(dir);
        context = TestWindows.context(file, new ScriptedFileDialogs());
        context.settings().opened(file.file().file());
        root = TestWindows.open(stage, context);
    }

    @AfterEach
    void close() {
        ScreenWalk.run(context::close);
    }

    @Test
    void theMenuConnectsToAServerListsItsSessionsAndTheFileComesBackWithTheServerClosed(FxRobot robot) {
        String address = PostgresServer.freshDatabase();
        try (OpenStore setUp = ConnectToServer.open(address, Optional.empty(), Clock.systemDefaultZone())) {
            TestSessions.session(setUp, 2, 5);
        }

        connectThroughMenu(robot, address);

        assertEquals("数据库：" + address, robot.lookup("#status").queryLabeled().getText());
        ListView<SessionSummary> sessions = robot.lookup("#sessions").queryListView();
        assertEquals(List.of("测试批次"), sessions.getItems().stream().map(SessionSummary::name).toList(),
                "the server's session on the start page");
        assertEquals(List.of(new StorePlace.Server(address), new StorePlace.File(file.file().file())),
                context.settings().recent(), "the server remembered by its address, before the file");
        OpenStore server = context.workspace().store();

        DialogPane backups = openDialog(robot, ".dialog-pane", menuItemNamed("备份(_B)…"));
        assertTrue(backups.getContentText().contains("此功能仅适用于数据库文件"), backups.getContentText());
        robot.interact(() -> ((Button) backups.lookupButton(ButtonType.OK)).fire());

        clickLink(robot, file.file().file().getFileName().toString());
        TestWindows.settle(root.tasks());
        assertEquals("数据库：" + file.file().file(), robot.lookup("#status").queryLabeled().getText());
        assertThrows(RuntimeException.class, () -> server.read(s -> s.sessions().list()),
                "the server's connections are closed once the window is back on the file");
        assertTrue(link(robot, address).isVisible(), "the server is a link on the start page");
    }

    @Test
    void aServerNotThereIsSaidSoAndTheFileStaysOpen(FxRobot robot) throws Exception {
        String nowhere = nowhere();
        DialogPane dialog = openDialog(robot, "#connectDialog", menuItem("connectToServer"));
        robot.clickOn("#connectAddress").write(nowhere);
        Platform.runLater(() -> ((Button) dialog.lookupButton(connectButton(dialog))).fire());
        DialogPane refused = waitFor(robot, "#connectRefused");

        assertTrue(refused.getContentText().startsWith("无法连接服务器 " + nowhere), refused.getContentText());
        assertTrue(refused.getContentText().endsWith("窗口仍使用数据库文件 " + file.file().file() + "。"),
                refused.getContentText());
        robot.interact(() -> ((Button) refused.lookupButton(ButtonType.CLOSE)).fire());
        TestWindows.settle(root.tasks());
        assertEquals("数据库：" + file.file().file(), robot.lookup("#status").queryLabeled().getText());
        assertEquals(List.of(), file.read(s -> s.sessions().list()), "the file still open and readable");
    }

    @Test
    void aServerFromTheRecentListReconnectsWithoutAskingAndAsksForThePasswordOnlyWhenTheLoginIsRefused(FxRobot robot) {
        String address = PostgresServer.freshDatabase();
        String unknownRole = address.replace(PostgresServer.user() + "@", "nobody_here@");
        robot.interact(() -> {
            context.settings().opened(new StorePlace.Server(unknownRole));
            context.settings().opened(new StorePlace.Server(address));
            root.showStart();
        });
        clickLink(robot, address);
        TestWindows.settle(root.tasks());
        assertEquals("数据库：" + address, robot.lookup("#status").queryLabeled().getText(), "connected, nothing asked");

        Platform.runLater(() -> link(robot, unknownRole).fire());
        DialogPane asked = waitFor(robot, "#connectDialog");
        assertEquals(unknownRole, robot.lookup("#connectAddress").queryTextInputControl().getText());
        assertTrue(robot.lookup("#connectProblem").queryLabeled().getText().contains("拒绝登录"),
                robot.lookup("#connectProblem").queryLabeled().getText());
        robot.interact(() -> ((Button) asked.lookupButton(ButtonType.CANCEL)).fire());
        TestWindows.settle(root.tasks());
        assertEquals("数据库：" + address, robot.lookup("#status").queryLabeled().getText(), "the server open stays open");
    }

    @Test
    void fromAServerAServerNotThereOffersTheLastDatabaseFileAndOpensIt(FxRobot robot) throws Exception {
        connectThroughMenu(robot, PostgresServer.freshDatabase());
        String nowhere = nowhere();
        robot.interact(() -> {
            context.settings().opened(new StorePlace.Server(nowhere));
            root.showStart();
        });
        Platform.runLater(() -> link(robot, nowhere).fire());
        DialogPane refused = waitFor(robot, "#connectRefused");
        assertTrue(refused.getContentText().endsWith("在此期间，可以使用本机上最近的数据库文件：" + file.file().file()),
                refused.getContentText());
        ButtonType openLast = refused.getButtonTypes().stream().filter(t -> t.getText().equals("打开该文件"))
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) refused.lookupButton(openLast)).fire());
        TestWindows.settle(root.tasks());
        assertEquals("数据库：" + file.file().file(), robot.lookup("#status").queryLabeled().getText());
    }

    /**
     * The network goes down while the window works on a server: the next action that reaches for it
     * (here Session › Verify the history) says the server is not reached, and offers the last
     * database file on this computer, which the window then works on.
     */
    @Test
    void aServerLostWhileTheWindowWorksOnItOffersTheLastFileAndOpensIt(FxRobot robot) {
        String address = PostgresServer.freshDatabase();
        int port = Integer.parseInt(address.replaceAll(".*:([0-9]+)/.*", "$1"));
        try (TcpRelay network = new TcpRelay(port)) {
            String through = address.replace(":" + port + "/", ":" + network.port() + "/");
            connectThroughMenu(robot, through);
            assertEquals("数据库：" + through, robot.lookup("#status").queryLabeled().getText());

            network.cut();
            Platform.runLater(menuItem("verify")::fire);
            DialogPane lost = waitFor(robot, "#connectRefused");
            assertTrue(lost.getContentText().startsWith("无法连接服务器"), lost.getContentText());
            assertTrue(lost.getContentText().endsWith("在此期间，可以使用本机上最近的数据库文件：" + file.file().file()),
                    lost.getContentText());
            ButtonType openLast = lost.getButtonTypes().stream().filter(t -> t.getText().equals("打开该文件"))
                    .findFirst().orElseThrow();
            robot.interact(() -> ((Button) lost.lookupButton(openLast)).fire());
            TestWindows.settle(root.tasks());
            assertEquals("数据库：" + file.file().file(), robot.lookup("#status").queryLabeled().getText());
        }
    }

    private void connectThroughMenu(FxRobot robot, String address) {
        DialogPane dialog = openDialog(robot, "#connectDialog", menuItem("connectToServer"));
        robot.clickOn("#connectAddress").write(address);
        robot.clickOn(dialog.lookupButton(connectButton(dialog)));
        TestWindows.settle(root.tasks());
    }

    private static Hyperlink link(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals(text)).queryAs(Hyperlink.class);
    }

    private static void clickLink(FxRobot robot, String text) {
        robot.clickOn(link(robot, text));
    }

    /** A server address on a port of this machine nothing listens on. */
    private static String nowhere() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return "postgresql://localhost:" + free.getLocalPort() + "/review?sslmode=disable";
        }
    }

    private static ButtonType connectButton(DialogPane dialog) {
        return dialog.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow();
    }

    /** Fires a menu item later (its dialog waits for an answer) and waits for the dialog. */
    private DialogPane openDialog(FxRobot robot, String selector, MenuItem item) {
        Platform.runLater(item::fire);
        return waitFor(robot, selector);
    }

    private static DialogPane waitFor(FxRobot robot, String selector) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no dialog " + selector, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(selector).queryAs(DialogPane.class);
    }

    private MenuItem menuItem(String id) {
        return menuItems().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem menuItemNamed(String text) {
        return menuItems().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private Stream<MenuItem> menuItems() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(ConnectToServerWindowTest::itemsOf);
    }

    private static Stream<MenuItem> itemsOf(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream()
                .flatMap(ConnectToServerWindowTest::itemsOf)) : Stream.of(item);
    }
}
