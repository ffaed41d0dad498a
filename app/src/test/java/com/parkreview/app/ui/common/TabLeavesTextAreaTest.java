package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the opinion box Tab leaves for the next field, Shift+Tab for the one before, Ctrl+Tab types a tab. */
@ExtendWith(ApplicationExtension.class)
class TabLeavesTextAreaTest {

    private TextField before;
    private TextArea opinion;
    private TextField after;

    @Start
    void start(Stage stage) {
        before = new TextField();
        opinion = new TextArea("意见");
        after = new TextField();
        TabLeavesTextArea.install(opinion);
        stage.setScene(new Scene(new VBox(before, opinion, after), 300, 240));
        stage.show();
    }

    @Test
    void tabMovesToTheNextFieldAndTypesNothing(FxRobot robot) {
        focusOpinion(robot);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(after, opinion.getScene().getFocusOwner());
        assertEquals("意见", opinion.getText());
    }

    @Test
    void shiftTabMovesToTheFieldBefore(FxRobot robot) {
        focusOpinion(robot);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, opinion.getScene().getFocusOwner());
        assertEquals("意见", opinion.getText());
    }

    @Test
    void controlTabTypesATabAndStays(FxRobot robot) {
        focusOpinion(robot);
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(opinion, opinion.getScene().getFocusOwner());
        assertEquals("意见\t", opinion.getText());
    }

    private void focusOpinion(FxRobot robot) {
        robot.interact(() -> {
            opinion.requestFocus();
            opinion.positionCaret(opinion.getLength());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
