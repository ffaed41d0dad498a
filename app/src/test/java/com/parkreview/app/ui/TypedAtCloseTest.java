package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.signin.SignInViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * Closing the main window with something typed and not stored. A tester's round 5 typed a whole
 * applicant on the set-up tab, closed the window with its ✕, and it was gone without a question;
 * the same happened to a score typed without Enter. Closing now asks while a set-up form holds
 * something not added, stores a typed score, and asks only about a score that cannot be stored;
 * "no" keeps the window and what was typed.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class TypedAtCloseTest {

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
    void aScoreTypedWithoutEnterIsStoredWhenTheWindowCloses(FxRobot robot) {
        TextField score = openForm(robot, "#score-2_1");
        robot.interact(() -> {
            score.requestFocus();
            score.setText("3");
        });
        TestWindows.closeRequest(stage);
        assertTrue(robot.lookup("#unsavedScores").tryQuery().isEmpty(), "stored: nothing to ask");
        assertFalse(stage.isShowing(), "closed");
        assertEquals(Optional.of(new BigDecimal("3")), stored("2.1"));
    }

    @Test
    void aScoreThatCannotBeStoredIsNamedAndKeptWhenTheAnswerIsNo(FxRobot robot) {
        TextField score = openForm(robot, "#score-2_1");
        TextField comment = robot.lookup("#comment-1_1").queryAs(TextField.class);
        robot.interact(() -> {
            comment.setText("材料翔实");
            score.requestFocus();
            score.setText("abc");
        });
        TestWindows.closeRequest(stage);
        DialogPane asked = robot.lookup("#unsavedScores").queryAs(DialogPane.class);
        assertTrue(asked.getContentText().startsWith("以下输入未能保存：指标 2.1 的“abc”。"), asked.getContentText());
        robot.push(KeyCode.ENTER); // Enter answers no: the safe answer is the default (a tired Esc, Enter lost a form)
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "no: the window stays");
        assertEquals("abc", score.getText(), "with what was typed");
        assertEquals(Optional.empty(), stored("2.1"));
        assertEquals("材料翔实", sheet().entries().stream().filter(e -> e.code().equals("1.1")).findFirst()
                .orElseThrow().comment(), "what could be stored was stored meanwhile");
    }

    /**
     * Round 21 F5: ← 开始页 dropped a half-typed applicant without a question, where closing asks
     * (the console is made again when it comes back). Leaving now asks the same.
     */
    @Test
    void leavingForTheStartPageWithAnApplicantTypedAsksFirst(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TextField code = robot.lookup((Node n) -> n instanceof TextField && "code".equals(n.getId())).queryAs(TextField.class);
        robot.interact(() -> code.setText("A09"));
        Button back = robot.lookup((Node n) -> n instanceof Button b && "← 开始页".equals(b.getText())).queryAs(Button.class);
        robot.clickOn(back);
        DialogPane asked = robot.lookup("#unsavedEntry").queryAs(DialogPane.class);
        assertEquals("准备页的表单（申报单位或专家）中还有已填写但尚未添加的内容。仍要离开此页吗？这些内容将丢失。",
                asked.getContentText());
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(code.getScene() != null && "A09".equals(code.getText()), "no: the console stays, with what was typed");

        robot.clickOn(back);
        robot.clickOn(robot.lookup("#unsavedEntry").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(code.getScene() == null, "yes: the start page");
    }

    @Test
    void closingWithAnApplicantTypedAndNotAddedAsksFirst(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TextField code = robot.lookup((Node n) -> n instanceof TextField && "code".equals(n.getId())).queryAs(TextField.class);
        robot.interact(() -> code.setText("A09"));
        TestWindows.closeRequest(stage);
        DialogPane asked = robot.lookup("#unsavedEntry").queryAs(DialogPane.class);
        assertTrue(asked.getContentText().startsWith("准备页的表单（申报单位或专家）中还有已填写但尚未添加的内容。"),
                asked.getContentText());
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "no: the window stays");
        assertEquals("A09", code.getText(), "and what was typed");

        robot.interact(() -> code.setText(""));
        TestWindows.closeRequest(stage);
        assertTrue(robot.lookup("#unsavedEntry").tryQuery().isEmpty(), "nothing typed: no question");
        assertFalse(stage.isShowing(), "closed");
    }

    /** A tester's round 8 typed the group leader's opinion last, closed the window with its ✕, and it was gone. */
    @Test
    void aJointOpinionTypedAndNotLeftIsStoredWhenTheWindowCloses(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        ListView<?> applicants = robot.lookup("#applicants").match(ListView.class::isInstance).queryAs(ListView.class);
        TextArea opinion = robot.lookup("#jointOpinion").queryAs(TextArea.class);
        robot.interact(() -> {
            applicants.getSelectionModel().select(0);
            opinion.setText("运营成效突出，建议优先支持。");
        });
        TestWindows.closeRequest(stage);
        assertTrue(robot.lookup("#unsavedScores").tryQuery().isEmpty(), "stored: nothing to ask");
        assertFalse(stage.isShowing(), "closed");
        assertEquals("运营成效突出，建议优先支持。",
                db.read(s -> s.applicants().find(ids.applicants().get(0))).orElseThrow().jointOpinion());
    }

    private TextField openForm(FxRobot robot, String field) {
        Expert expert = db.read(s -> s.experts().find(ids.experts().get(0))).orElseThrow();
        SignInViewModel.SignedIn who = new SignInViewModel.SignedIn(ids.session(), expert, TestSessions.expert(1));
        robot.interact(() -> root.showScoreForm(who, ids.applicants().get(0)));
        return robot.lookup(field).queryAs(TextField.class);
    }

    private ScoreSheet sheet() {
        return db.read(s -> s.sheets().current(ids.experts().get(0), ids.applicants().get(0))).orElseThrow();
    }

    private Optional<BigDecimal> stored(String code) {
        return sheet().entries().stream().filter(e -> e.code().equals(code)).findFirst().flatMap(IndicatorEntry::score);
    }
}
