package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.CutText;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A panel of seven at 1280 × 720: the panel view has a column for each of the seven experts and
 * one for the mean, every title whole; where they are wider than the table, a scroll bar reaches
 * them (nothing is hidden past the edge).
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class PanelSevenExpertsTest extends ConsoleWindowTest {

    @Start
    void start(Stage stage) {
        session(2, 7);
        for (int e = 1; e <= 7; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), String.valueOf(70 + e));
        }
        root = TestWindows.open(stage, db, FileDialogs.system(), 1280, 720);
    }

    @Test
    void sevenExpertsAndTheMeanAreEachInSightOrReachedByScrolling(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents(3);
        TableView<?> table = robot.from(tabs.getSelectionModel().getSelectedItem().getContent())
                .lookup((Node n) -> n instanceof TableView && "table".equals(n.getId())).queryAs(TableView.class);
        List<String> titles = table.getColumns().stream().map(TableColumnBase::getText).toList();
        for (int e = 1; e <= 7; e++) {
            String code = "E" + e;
            assertTrue(titles.stream().anyMatch(t -> t.startsWith(code + "\n")), code + " has its column: " + titles);
        }
        assertEquals("平均分", titles.get(titles.size() - 1), "the mean comes last: " + titles);
        assertEquals(List.of(), CutText.in(tabs.getScene().getRoot()), "every title whole at 1280 × 720");

        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
        boolean scrolls = table.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL
                        && s.isVisible());
        assertTrue(columns <= table.getWidth() || scrolls, "columns " + columns + " px in a table of "
                + table.getWidth() + " px: all in sight, or a scroll bar to reach them");
    }
}
