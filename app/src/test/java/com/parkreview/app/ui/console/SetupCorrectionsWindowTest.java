package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set-up in the window: an applicant corrected in the form below its table (Add becomes Save),
 * an expert added by mistake removed after a question; once scoring started, a correction asks
 * for its reason and the history keeps it, and a removal that sheets refer to is refused, saying why.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class SetupCorrectionsWindowTest extends ConsoleWindowTest {

    @Start
    void start(Stage stage) {
        session(3, 5);
        new SessionSetup(db).addExpert(TestSessions.SECRETARY, ids.session(),
                new NewExpert("E6", "误加专家", "某单位", ExpertRole.FINANCE, false));
        root = TestWindows.open(stage, db, FileDialogs.system());
    }

    private TableView<?> table(FxRobot robot, String id) {
        return robot.lookup((Node n) -> n instanceof TableView && id.equals(n.getId())).queryAs(TableView.class);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup((Node n) -> n instanceof TextField && id.equals(n.getId())).queryAs(TextField.class);
    }

    private Applicant applicant(int i) {
        return db.read(s -> s.applicants().find(ids.applicant(i))).orElseThrow();
    }

    @Test
    void correctAnApplicantAndRemoveAnExpertThenAReasonOnceScoringStarted(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TableView<?> applicants = table(robot, "applicants");
        robot.interact(() -> applicants.getSelectionModel().select(1));
        robot.clickOn("#editApplicant");
        Button save = robot.lookup("#addApplicant").queryButton();
        assertEquals("保存", save.getText(), "the form holds A02 now: Add became Save");
        TextField name = field(robot, "name");
        assertEquals("测试园区运营有限公司2", name.getText());
        robot.interact(() -> name.setText("京西智谷科技园管理有限公司"));
        robot.clickOn(name).type(KeyCode.ENTER); // Enter in the form presses its button (round 8 window F14)
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("京西智谷科技园管理有限公司", applicant(2).name());
        assertEquals("添加", save.getText(), "saved: the form is for a new applicant again");
        assertEquals("", name.getText());

        TableView<?> experts = table(robot, "experts");
        robot.interact(() -> experts.getSelectionModel().select(5));
        robot.clickOn("#removeExpert");
        robot.clickOn(robot.lookup("#confirmRemove").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("E1", "E2", "E3", "E4", "E5"),
                db.read(s -> s.experts().list(ids.session())).stream().map(Expert::code).toList());

        TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "70");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> applicants.getSelectionModel().select(2));
        robot.clickOn("#editApplicant");
        robot.interact(() -> field(robot, "phone").setText("010-68863303"));
        robot.clickOn("#addApplicant");
        robot.clickOn("#changeReasonText").write("联系人电话变更");
        robot.clickOn(robot.lookup("#changeReason").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("010-68863303", applicant(3).contact().phone());
        HistoryEntry last = db.read(s -> s.history().latest(1)).get(0);
        assertEquals(Optional.of("联系人电话变更"), last.newValue());

        robot.interact(() -> applicants.getSelectionModel().select(0));
        robot.clickOn("#removeApplicant");
        robot.clickOn(robot.lookup("#confirmRemove").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane refusal = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(refusal.getContentText().contains("1 张评分表"), refusal.getContentText());
        robot.clickOn(refusal.lookupButton(ButtonType.OK));
        assertEquals(3, db.read(s -> s.applicants().list(ids.session())).size());
        assertFalse(robot.lookup("#cancelApplicant").queryButton().isVisible());
    }

    /** Round 8's window walk: Esc in 初审 threw away the ticks and the conclusion without a word. */
    @Test
    void escInThePreReviewWithATickChangedAsksFirst(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        robot.interact(() -> table(robot, "applicants").getSelectionModel().select(0));
        robot.clickOn("#preReview");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.CheckBox first = robot.lookup((Node n) -> n instanceof javafx.scene.control.CheckBox
                && n.getId() != null && n.getId().startsWith("material-")).queryAs(javafx.scene.control.CheckBox.class);
        boolean shown = first.isSelected();
        robot.clickOn(first);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane asked = robot.lookup("#discardChanges").queryAs(DialogPane.class);
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#preReviewDialog").tryQuery().isPresent(), "back to the dialog, the tick kept");
        assertEquals(!shown, first.isSelected(), "the tick as it was clicked");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(robot.lookup("#discardChanges").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#preReviewDialog").tryQuery().isPresent(), "closed once the loss is agreed to");
    }
}
