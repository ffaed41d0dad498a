package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tester's round 24 could check the support an applicant already received this year, which rule
 * 6 takes off its amount, only by opening each applicant: the applicants' table shows it beside
 * the amount applied for.
 */
@InLocale("zh")
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ReceivedColumnTest extends DemoConsoleWindowTest {

    @Start
    void start(Stage stage) {
        openDemo(stage, 1024, 700);
    }

    @Test
    void theApplicantsTableShowsWhatEachReceivedBesideWhatItAskedFor(FxRobot robot) {
        robot.interact(() -> root.showConsole(1));
        WaitForAsyncUtils.waitForFxEvents(5);
        @SuppressWarnings("unchecked")
        TableView<Object> applicants = robot.lookup((Node n) -> n instanceof TableView && "applicants".equals(n.getId()))
                .queryAs(TableView.class);
        int applied = -1;
        int received = -1;
        for (int i = 0; i < applicants.getColumns().size(); i++) {
            String title = applicants.getColumns().get(i).getText();
            applied = title.equals("申请（万元）") ? i : applied;
            received = title.equals("已获支持（万元）") ? i : received;
        }
        assertEquals(applied + 1, received, "beside the amount applied for");
        TableColumn<Object, ?> column = applicants.getColumns().get(received);
        List<Object> cells = applicants.getItems().stream().map(row -> column.getCellObservableValue(row).getValue())
                .map(Object.class::cast).toList();
        assertTrue(cells.contains("300.00") && cells.contains("0.00"), cells.toString()); // A03 received 300 万元 this year
    }
}
