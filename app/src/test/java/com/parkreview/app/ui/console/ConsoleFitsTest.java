package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.ClientRoot;
import com.parkreview.app.ui.CutText;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
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
 * On a laptop's screen the secretary's console shows every heading, column title, button and
 * field hint in full, on each of its tabs, with the demonstration session in it, in Chinese, the
 * language of every screen by default.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ConsoleFitsTest {

    @TempDir
    Path dir;

    private Database db;
    private ClientRoot root;
    private long session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = TestSessions.freshDatabase(dir);
        session = new DemoSession(db).create();
        root = TestWindows.open(stage, db, FileDialogs.system());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void everyTabShowsItsWordsInFull(FxRobot robot) throws Exception {
        assertEquals(List.of(), cutOnEveryTab(robot));
    }

    /** A laptop's screen: the header's buttons keep their words, the tables scroll sideways. */
    @Test
    void atALaptopsTenTwentyFourBySevenHundredToo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        assertEquals(List.of(), cutOnEveryTab(robot));
    }

    /**
     * Rounds 19 and 21: at 1024 × 700 the results tab showed two or three of the demonstration's six
     * applicants, the chart below taking the rest until the divider was dragged.
     */
    @Test
    void theRankingShowsFourApplicantsWholeInTheSmallestWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
            root.showConsole(session);
        });
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab results = tabs.getTabs().stream().filter(t -> t.getText().equals("结果")).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(results));
        WaitForAsyncUtils.waitForFxEvents(3);
        Node flow = robot.from(results.getContent()).lookup(".virtual-flow").query();
        Bounds shown = flow.localToScene(flow.getLayoutBounds());
        long whole = robot.from(flow).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null && row.isVisible())
                .map(row -> row.localToScene(row.getLayoutBounds()))
                .filter(row -> row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5).count();
        assertTrue(whole >= 4, "applicants' rows shown whole: " + whole);
    }

    private List<String> cutOnEveryTab(FxRobot robot) throws Exception {
        robot.interact(() -> root.showConsole(session));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Parent window = tabs.getScene().getRoot();
        List<String> cut = new ArrayList<>();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents(3);
            CutText.in(window).forEach(text -> cut.add(tab.getText() + ": " + text));
        }
        return cut;
    }
}
