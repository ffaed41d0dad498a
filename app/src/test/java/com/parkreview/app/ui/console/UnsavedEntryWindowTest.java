package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.ClientRoot;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tester's round 5 typed a whole applicant on the set-up tab, closed the window with its ✕, and
 * the applicant was gone without a question. Closing now asks while a set-up form holds something
 * typed and not added; "no" keeps the window and what was typed; a window with nothing typed closes
 * without a question.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class UnsavedEntryWindowTest {

    @TempDir
    Path dir;

    private Database db;
    private ClientRoot root;
    private Stage stage;
    private TestSessions.Ids ids;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 2, 5);
        root = TestWindows.open(stage, db, FileDialogs.system());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void closingWithAnApplicantTypedAndNotAddedAsksFirst(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TextField code = robot.lookup((Node n) -> n instanceof TextField && "code".equals(n.getId())).queryAs(TextField.class);
        robot.interact(() -> code.setText("A09"));
        closeRequest();
        DialogPane asked = robot.lookup("#unsavedEntry").queryAs(DialogPane.class);
        assertTrue(asked.getContentText().startsWith("设置页的表单（申报单位或专家）中还有已填写但尚未添加的内容。"),
                asked.getContentText());
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "no: the window stays");
        assertEquals("A09", code.getText(), "and what was typed");

        robot.interact(() -> code.setText(""));
        closeRequest();
        assertTrue(robot.lookup("#unsavedEntry").tryQuery().isEmpty(), "nothing typed: no question");
        assertFalse(stage.isShowing(), "closed");
    }

    /** What the window's ✕ sends. */
    private void closeRequest() {
        Platform.runLater(() -> {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(request);
            if (!request.isConsumed()) {
                stage.hide(); // as the toolkit does after a request nothing consumed
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
