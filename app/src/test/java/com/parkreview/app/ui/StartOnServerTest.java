package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.StorePlace;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window started on a programme office's server ({@code parkreview --db postgresql://…}): the
 * start page names the server while it connects, then lists the server's sessions, as it does
 * for a file that is opening.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class StartOnServerTest {

    private final CompletableFuture<OpenStore> connecting = new CompletableFuture<>();
    private String address;
    private ClientContext context;
    private ClientRoot root;

    @Start
    void start(Stage stage) {
        address = PostgresServer.freshDatabase();
        context = new ClientContext(new ClientSettings(Preferences.userRoot().node("com/parkreview/test/"
                + System.nanoTime())), new ScriptedFileDialogs());
        root = new ClientRoot(context, stage);
        root.build();
        root.showOpening(new StorePlace.Server(address));
        context.connecting(connecting);
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        connecting.completeExceptionally(new IllegalStateException("the test ended"));
        ScreenWalk.run(context::close);
    }

    @Test
    void theStartPageNamesTheServerWhileItConnectsThenListsItsSessions(FxRobot robot) {
        assertEquals("数据库：" + address + "（正在打开…）", robot.lookup("#status").queryLabeled().getText());
        assertTrue(robot.lookup("#newSession").queryButton().isDisabled(), "no session is made before it is open");

        OpenStore server = ConnectToServer.open(address, Optional.empty(), Clock.systemDefaultZone());
        TestSessions.session(server, 2, 5);
        connecting.complete(server);
        robot.interact(root::databaseOpened);

        ListView<SessionSummary> sessions = robot.lookup("#sessions").queryListView();
        assertEquals(List.of("测试批次"), sessions.getItems().stream().map(SessionSummary::name).toList());
        assertEquals("数据库：" + address, robot.lookup("#status").queryLabeled().getText());
        assertEquals(server, context.workspace().store(), "the window works on the server's store");
    }
}
