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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import java.util.Set;
import java.util.stream.Collectors;
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

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session(1, 5);
        for (int e = 1; e <= 5; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), e == 5 ? "60" : "85");
        }
        root = TestWindows.open(stage, db, FileDialogs.system(), 1024, 700);
    }

    private TableView<?> grid(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents(5);
        return robot.from(tabs.getSelectionModel().getSelectedItem().getContent())
                .lookup((Node n) -> n instanceof TableView && "table".equals(n.getId())).queryAs(TableView.class);
    }

    private static boolean inSight(TableView<?> table, String title) {
        Node header = table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && h.getTableColumn().getText().startsWith(title))
                .findFirst().orElseThrow();
        Bounds column = header.localToScene(header.getBoundsInLocal());
        Bounds shown = table.localToScene(table.getBoundsInLocal());
        return column.getMinX() >= shown.getMinX() - 1 && column.getMaxX() <= shown.getMaxX() + 1;
    }

    private static Set<String> indicatorCells(TableView<?> table) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && c.getTableColumn().getText().equals("指标") && c.getGraphic() instanceof Text)
                .map(n -> ((Text) ((TableCell<?, ?>) n).getGraphic()).getText())
                .filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void theFlaggedExpertsColumnIsInSightAtALaptopsSize(FxRobot robot) {
        TableView<?> table = grid(robot);
        assertTrue(inSight(table, "E5\n"), "E5's column within the table");
        // and beside it the indicators' codes, which tie the flagged cell to "指标 1.3" (round 22: scrolled out of sight)
        assertTrue(inSight(table, "指标"), "the indicator column within the table");
        Set<String> cells = indicatorCells(table);
        assertTrue(cells.contains("1.1"), "codes alone where names do not fit: " + cells);
    }

    @Test
    void aWideWindowNamesTheIndicators(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        TableView<?> table = grid(robot);
        WaitForAsyncUtils.waitForFxEvents(5);
        Set<String> cells = indicatorCells(table);
        assertTrue(cells.stream().anyMatch(t -> t.startsWith("1.1  ") && t.length() > 6), cells.toString());
        assertTrue(inSight(table, "E5\n") && inSight(table, "指标"), "everything in sight");
    }
}
