package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.applicants.ApplicantListViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
 * The expert's work through the real window (headless, Monocle): sign in, declare a conflict,
 * score an applicant with the keyboard alone, see a value refused with its reason, write the
 * opinion, sign, find the sheet locked, re-open it with a reason that the history keeps.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class ExpertScoringFlowTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private ClientContext context;

    @Start
    void start(Stage stage) throws Exception {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 3, 5);
        Preferences preferences = Preferences.userRoot().node("com/parkreview/test/" + System.nanoTime());
        context = new ClientContext(new ClientSettings(preferences), db);
        new ClientRoot(context, stage).show();
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** Round 22: the sign-in page had no way back; an expert who chose it by mistake had to close the window. */
    @Test
    void theSignInPageLeadsBackToTheStartPage(FxRobot robot) {
        long entries = db.read(s -> s.history().verify()).entries();
        robot.clickOn("#signIn");
        assertTrue(robot.lookup("#pledge").tryQuery().isPresent(), "the sign-in page");
        robot.clickOn((Node n) -> n instanceof Button b && "← 开始页".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#pledge").tryQuery().isPresent(), "left");
        assertTrue(robot.lookup("#sessions").tryQuery().isPresent(), "the start page, its sessions listed");
        assertEquals(entries, db.read(s -> s.history().verify()).entries(), "nothing recorded: nobody signed in");
    }

    @Test
    void expertSignsInScoresByKeyboardSignsAndReopensWithAReason(FxRobot robot) throws Exception {
        robot.clickOn("#signIn");
        ComboBox<Expert> expert = robot.lookup("#expert").queryComboBox();
        robot.interact(() -> expert.getSelectionModel().select(1)); // E2
        robot.clickOn("#pledge");
        Button signIn = robot.lookup("#continueButton").queryButton();
        assertTrue(signIn.isDisabled() == false);

        robot.clickOn("#conflict-A02");
        assertTrue(signIn.isDisabled(), "a declared conflict needs its reason before signing in");
        robot.clickOn("#reason-A02").write("曾为该单位提供咨询服务");
        robot.clickOn(signIn);

        assertEquals("已回避", cellText(robot, "A02"));
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class)); // A01

        // Keyboard only from here: the first score field has the focus (given once the form is laid out).
        TextField firstScore = robot.lookup("#score-1_1").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, firstScore::isFocused);
        String[] scores = {"4.5", "6", "4", "4.5", "4", "5", "8.5", "8", "13", "12.5", "4.5", "4", "8.5"};
        robot.write("4.5").push(KeyCode.ENTER);
        robot.write("6").push(KeyCode.ENTER);
        Label problem = robot.lookup("#problem-1_2").queryAs(Label.class);
        assertEquals("超过分值 5（步长 0.5）。", problem.getText());
        TextField refused = robot.lookup("#score-1_2").queryAs(TextField.class);
        assertTrue(refused.isFocused(), "a refused value keeps the focus");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(firstScore.getWidth(), refused.getWidth(), 0.5, "the reason under a field leaves it its width");
        assertEquals(Optional.empty(), storedSheet().score("1.2"), "a refused value is not stored");

        robot.push(KeyCode.BACK_SPACE).write("4").push(KeyCode.TAB);
        assertEquals("", problem.getText());
        for (int i = 2; i < scores.length; i++) {
            robot.write(scores[i]).push(i % 2 == 0 ? KeyCode.TAB : KeyCode.ENTER);
        }
        assertEquals("85.0", robot.lookup("#total").queryAs(Label.class).getText());
        assertEquals("小计 17.0", robot.lookup("#subtotal-5").queryAs(Label.class).getText()); // 4.5 + 4 + 8.5
        assertEquals(0, new BigDecimal("85.0").compareTo(storedSheet().total()), "every field stored as it was left");

        robot.clickOn("#sign"); // no opinion yet: what is missing is said, nothing is asked
        DialogPane missing = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("暂不能签署：评价意见为空或只有标点；请用文字写明。", missing.getContentText());
        assertTrue(robot.lookup("#signConfirm").tryQuery().isEmpty());
        robot.clickOn(missing.lookupButton(javafx.scene.control.ButtonType.OK));
        robot.clickOn("#opinion");
        robot.write("运营专业化程度高，产业集聚效应明显，建议支持。");
        robot.clickOn("#sign");
        DialogPane confirm = robot.lookup("#signConfirm").queryAs(DialogPane.class);
        assertTrue(confirm.getContentText().startsWith("总分 85.0，按本表档次为 优秀（100%）"), confirm.getContentText());
        robot.clickOn(confirm.lookupButton(javafx.scene.control.ButtonType.OK));

        assertEquals(SheetStatus.SIGNED, storedSheet().status());
        TextField first = robot.lookup("#score-1_1").queryAs(TextField.class);
        assertFalse(first.isEditable(), "a signed sheet is locked");
        robot.interact(first::requestFocus);
        robot.write("1");
        assertEquals("4.5", first.getText());

        robot.clickOn("#reopen");
        robot.clickOn("#reopenReason").write("指标 4.2 录入有误");
        robot.clickOn(robot.lookup("#reopenDialog").queryAs(DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.isEditable());
        assertEquals(SheetStatus.DRAFT, storedSheet().status());
        List<HistoryEntry> history = db.read(s -> s.history().forEntity("sheet", String.valueOf(storedSheet().id())));
        assertTrue(history.stream().anyMatch(h -> h.action().equals("reopen")));
        assertTrue(history.stream().anyMatch(h -> h.action().equals("reason")
                && h.newValue().equals(Optional.of("指标 4.2 录入有误"))));
        assertTrue(db.read(s -> s.history().verify()).intact());

        // Help › Language › English: the expert stays signed in, on the applicants, now in English.
        javafx.scene.control.MenuBar menus = robot.lookup((Node n) -> n instanceof javafx.scene.control.MenuBar)
                .queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem english = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu menu ? menu.getItems().stream()
                        : java.util.stream.Stream.of(i))
                .filter(i -> "english".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(english::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#heading").queryAs(Label.class).getText().contains("E2"),
                "the expert is still signed in");
        assertEquals("No.", robot.lookup("#table").queryTableView().getColumns().get(0).getText());
    }

    private ScoreSheet storedSheet() {
        return db.read(s -> s.sheets().current(ids.expert(2), ids.applicant(1))).orElseThrow();
    }

    /** The "my sheet" column of the applicant's row in the expert's list. */
    private static String cellText(FxRobot robot, String code) {
        javafx.scene.control.TableView<ApplicantListViewModel.Row> table = robot.lookup("#table").queryTableView();
        return table.getItems().stream().filter(r -> r.applicant().code().equals(code)).findFirst()
                .map(ApplicantListViewModel.Row::progressText).orElse("?");
    }
}
