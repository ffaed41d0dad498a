package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.results.MergeResults;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.setup.CloseSession;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A tester's round 6 found a closed session's import, template and kit buttons live, its forms
 * open to typing, and a joint opinion typed into it refused yet left on screen. Every control that
 * would change a closed session is off from the moment its console shows; an open one's are on.
 */
@InLocale("zh")
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ClosedSessionWindowTest extends ConsoleWindowTest {

    private static final List<String> CHANGING = List.of("#importApplicants", "#applicantsTemplate", "#importExperts",
            "#expertsTemplate", "#handOutKits", ".entry-form");

    @Start
    void start(Stage stage) {
        session(2, 3);
        for (int e = 1; e <= 3; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), "85");
        }
        new MergeResults(db, new MergeService(db)).merge(TestSessions.SECRETARY, ids.session());
        root = TestWindows.open(stage, db, FileDialogs.system());
    }

    @Test
    void aClosedSessionsConsoleOffersNoChangeAndAnOpenOnesDoes(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        CHANGING.forEach(id -> robot.lookup(id).queryAll().forEach(node ->
                assertFalse(node.isDisabled(), id + " is on while the session is open")));

        new CloseSession(db).close(new CloseSession.Request(ids.session(), "赵秘书"));
        robot.interact(() -> root.showConsole(ids.session()));
        CHANGING.forEach(id -> {
            assertFalse(robot.lookup(id).queryAll().isEmpty(), id);
            robot.lookup(id).queryAll().forEach(node -> assertTrue(node.isDisabled(), id + " is off once the session is closed"));
        });
        TextArea opinion = robot.lookup("#jointOpinion").queryAs(TextArea.class);
        assertFalse(opinion.isEditable(), "the joint opinion is read, not typed into");
        Node table = robot.lookup("#applicants").query();
        assertFalse(table.isDisabled(), "the applicants stay readable");
    }
}
