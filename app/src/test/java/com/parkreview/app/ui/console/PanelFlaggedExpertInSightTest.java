package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tester's round 17 read E5's flags at 1024 × 700 with only E1's column in sight, E5's flagged
 * scores behind a scroll bar. The column of the expert the flags are about is brought into sight.
 */
@InLocale("zh")
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class PanelFlaggedExpertInSightTest extends ConsoleWindowTest {

    @Start
    void start(Stage stage) {
        session(1, 5);
        for (int e = 1; e <= 5; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), e == 5 ? "60" : "85");
        }
        root = TestWindows.open(stage, db, FileDialogs.system(), 1024, 700);
    }

    @Test
    void theFlaggedExpertsColumnIsInSightAtALaptopsSize(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents(5);
        TableView<?> table = robot.from(tabs.getSelectionModel().getSelectedItem().getContent())
                .lookup((Node n) -> n instanceof TableView && "table".equals(n.getId())).queryAs(TableView.class);
        Node e5 = table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && h.getTableColumn().getText().startsWith("E5\n"))
                .findFirst().orElseThrow();
        Bounds column = e5.localToScene(e5.getBoundsInLocal());
        Bounds shown = table.localToScene(table.getBoundsInLocal());
        assertTrue(column.getMinX() >= shown.getMinX() - 1 && column.getMaxX() <= shown.getMaxX() + 1,
                "E5's column " + column + " within the table " + shown);
    }
}
