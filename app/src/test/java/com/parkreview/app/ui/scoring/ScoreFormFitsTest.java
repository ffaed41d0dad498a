package com.parkreview.app.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Expert;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.CutText;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
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
 * On a laptop's screen the score form's side panel shows every word of its labels, in English,
 * whose words are the longer: the defense timer's phases were cut to "presentation 15 min, ...".
 */
@InLocale("en") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ScoreFormFitsTest {

    @TempDir
    Path dir;

    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        db = TestSessions.freshDatabase(dir);
        TestSessions.session(db, 3, 5);
        TestWindows.open(stage, db, FileDialogs.system());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void noLabelOfTheSidePanelIsCutShort(FxRobot robot) throws Exception {
        robot.clickOn("#signIn");
        ComboBox<Expert> expert = robot.lookup("#expert").queryComboBox();
        robot.interact(() -> expert.getSelectionModel().select(0));
        robot.clickOn("#pledge");
        robot.clickOn("#continueButton");
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        // the form opens after the double click is handled: on a loaded machine not by the next line (a CI run failed so)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".side-panel").tryQuery().isPresent());
        Parent panel = robot.lookup(".side-panel").queryAs(Parent.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> CutText.drawn(panel));

        List<String> cut = CutText.in(panel);
        assertFalse(CutText.labels(panel).isEmpty());
        assertEquals(List.of(), cut);
    }
}
