package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.scoring.settings.ProgrammeSettings;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tester's round 24 typed a paper sheet's second entry that differed from the first, at 1024 ×
 * 700: the dialog said to correct the wrong entry, and its two choices (第一遍正确, 第二遍正确) were
 * below its fold, only its scroll bar in sight. After the comparison the dialog shows them.
 */
@InLocale("zh")
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class SecondEntryChoicesInSightTest extends ConsoleWindowTest {

    private static final Actor FIRST = Actor.secretary("王录入");

    private Stage stage;
    private long sheet;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session(1, 1);
        PaperEntry paper = new PaperEntry(db);
        sheet = paper.openPaperSheet(FIRST, ids.expert(1), ids.applicant(1)).id();
        ScoringService scoring = new ScoringService(db);
        for (String code : new String[] {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1",
                "5.2", "5.3"}) {
            scoring.commitScore(FIRST, sheet, code, "4");
        }
        scoring.setOpinion(FIRST, sheet, "同意（纸质）。");
        scoring.sign(FIRST, sheet);
        root = TestWindows.open(stage, db, FileDialogs.system(), 1024, 560); // a short window: the dialog must scroll
    }

    @Test
    void theChoicesOfADifferenceAreInSightOnceCompared(FxRobot robot) {
        ProgrammeSettings settings = db.read(s -> s.sessions().find(ids.session())).orElseThrow().settings();
        SecondEntryViewModel model = new SecondEntryViewModel(new PaperEntry(db), sheet, settings);
        model.allowSettling(new PaperResolution(db), Actor.secretary("赵秘书")); // as the console opens it
        Platform.runLater(() -> SecondEntryDialog.show(stage, "E1 / A01", model));
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.interact(() -> {
            model.typistProperty().set("李复核");
            model.fields().forEach(f -> f.typed().set(f.indicator().code().equals("3.1") ? "3.5" : "4"));
        });
        DialogPane dialog = robot.lookup("#secondEntryDialog").queryAs(DialogPane.class);
        // the tester's fonts took more room than the test machine's: larger text makes the dialog taller than the screen
        robot.interact(() -> dialog.setStyle("-fx-font-size: 24px"));
        WaitForAsyncUtils.waitForFxEvents(5);
        Button compare = (Button) dialog.lookupButton(dialog.getButtonTypes().get(0));
        assertTrue(!compare.isDisabled(), "核对 can be pressed");
        robot.interact(compare::fire);
        WaitForAsyncUtils.waitForFxEvents(5);
        Node choice = robot.lookup("#settle-3_1-first").query();
        ScrollPane content = (ScrollPane) dialog.getContent();
        Bounds shown = content.localToScreen(content.getBoundsInLocal());
        Bounds button = choice.localToScreen(choice.getBoundsInLocal());
        assertTrue(button.getMinY() >= shown.getMinY() - 1 && button.getMaxY() <= shown.getMaxY() + 1,
                "the choice " + button + " within the dialog's view " + shown);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
