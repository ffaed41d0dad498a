package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session › Properties after kits went out: the venue corrected, the window says that the two kits
 * exported before show the session as it was (the experts' laptops print it on their sheets), as
 * {@code session edit} does.
 */
@InLocale("en") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class KitsAsItWasWindowTest extends ConsoleWindowTest {

    @Start
    void start(Stage stage) {
        session(2, 5);
        OfflineDay.handedOut(db, ids.session(), "E1");
        OfflineDay.handedOut(db, ids.session(), "E2");
        root = TestWindows.open(stage, db, FileDialogs.system());
    }

    @Test
    void correctingTheVenueNamesTheKitsThatShowTheSessionAsItWas(FxRobot robot) {
        robot.interact(() -> root.showConsole(ids.session()));
        TestWindows.chooseMenuItem(robot, "sessionProperties");
        DialogPane form = robot.lookup("#sessionProperties").queryAs(DialogPane.class);
        TextField venue = robot.from(form).lookup((Node n) -> n instanceof TextField && "venue".equals(n.getId()))
                .queryAs(TextField.class);
        Label said = robot.from(form).lookup("#sessionFormProblem").queryAs(Label.class);
        assertTrue(said.getStyleClass().contains("note") && !said.getStyleClass().contains("problem"),
                "nothing changed yet is a note, not red: " + said.getStyleClass());
        robot.interact(() -> venue.setText(""));
        assertTrue(said.getStyleClass().contains("problem") && !said.getStyleClass().contains("note"),
                "a venue left blank is a problem: " + said.getText());
        robot.interact(() -> venue.setText("石景山区科委四层会议室"));
        robot.clickOn(form.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#changeReason").tryQuery().isPresent()) {
            robot.clickOn("#changeReasonText").write("会场变更");
            robot.clickOn(robot.lookup("#changeReason").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
            WaitForAsyncUtils.waitForFxEvents();
        }
        DialogPane told = Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(p -> p.getContentText() != null && p.getContentText().contains("kits were exported"))
                .findFirst().orElseThrow(() -> new AssertionError("no word of the kits"));
        assertTrue(told.getContentText().startsWith("2 kits were exported before this correction and show the "
                + "session as it was"), told.getContentText());
        robot.clickOn(told.lookupButton(ButtonType.OK));
        assertEquals("石景山区科委四层会议室", db.read(s -> s.sessions().find(ids.session())).orElseThrow().details().venue());
    }
}
