package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.StorePlace;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
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
 * The window started on a server that cannot be reached ({@code parkreview --db postgresql://…}
 * with the network down): it offers the newest database file on this computer, as File › Connect
 * to server… does, and works on it when chosen; with no file to offer, it says why and closes.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class StartOffServerTest {

    @TempDir
    Path dir;

    private final AtomicReference<Throwable> failed = new AtomicReference<>();
    private ClientContext context;
    private ClientRoot root;
    private WindowStart start;
    private String nowhere;

    @Start
    void start(Stage stage) throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            nowhere = "postgresql://localhost:" + free.getLocalPort() + "/review?sslmode=disable";
        }
        context = new ClientContext(new ClientSettings(Preferences.userRoot().node("com/parkreview/test/"
                + System.nanoTime())), new ScriptedFileDialogs());
        root = new ClientRoot(context, stage);
        root.build();
        root.showOpening(new StorePlace.Server(nowhere));
        start = new WindowStart(context, root, stage, root::databaseOpened, failed::set);
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        ScreenWalk.run(context::close);
    }

    @Test
    void aServerNotThereAtStartOffersTheLastFileAndTheWindowWorksOnIt(FxRobot robot) throws Exception {
        Path file;
        try (Database made = TestSessions.freshDatabase(dir)) {
            TestSessions.session(made, 2, 5);
            file = made.file().file();
        }
        context.settings().opened(file);
        robot.interact(() -> start.onServer(nowhere, connecting()));

        DialogPane refused = waitFor(robot, "#connectRefused");
        assertTrue(refused.getContentText().endsWith("在此期间，可以使用本机上最近的数据库文件：" + file),
                refused.getContentText());
        ButtonType openLast = refused.getButtonTypes().stream().filter(t -> t.getText().equals("打开该文件"))
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) refused.lookupButton(openLast)).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status").queryLabeled().getText()
                .equals("数据库：" + file));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SessionSummary> sessions = robot.lookup("#sessions").queryListView();
        assertEquals(List.of("测试批次"), sessions.getItems().stream().map(SessionSummary::name).toList());
        assertEquals(null, failed.get(), "the window stays");
    }

    @Test
    void withNoFileToOfferTheWindowSaysWhyAndCloses(FxRobot robot) throws Exception {
        robot.interact(() -> start.onServer(nowhere, connecting()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> failed.get() != null);
        assertTrue(failed.get() instanceof StoreException e && e.kind() == StoreException.Kind.UNREACHABLE,
                String.valueOf(failed.get()));
        assertTrue(robot.lookup("#connectRefused").tryQuery().isEmpty(), "nothing offered");
    }

    private CompletableFuture<OpenStore> connecting() {
        return CompletableFuture.supplyAsync(() -> ConnectToServer.open(nowhere, Optional.empty(), Clock.systemDefaultZone()));
    }

    private static DialogPane waitFor(FxRobot robot, String selector) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(selector).queryAs(DialogPane.class);
    }
}
