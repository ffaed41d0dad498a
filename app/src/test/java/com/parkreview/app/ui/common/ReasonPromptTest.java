package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A reason kept in the history is never blank and never carries the spaces typed around it. */
@ExtendWith(ApplicationExtension.class)
class ReasonPromptTest {

    private final AtomicReference<Optional<String>> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Button ask = new Button("ask");
        ask.setId("ask");
        ask.setOnAction(e -> answer.set(ReasonPrompt.ask(stage, "标题", "为何？", "reasonDialog", "reasonField")));
        stage.setScene(new Scene(new StackPane(ask), 300, 200));
        stage.show();
    }

    @Test
    void okWaitsForMoreThanSpacesAndTheAnswerIsTrimmed(FxRobot robot) {
        robot.clickOn("#ask");
        Button ok = (Button) robot.lookup("#reasonDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        assertTrue(ok.isDisabled(), "nothing typed yet");
        robot.clickOn("#reasonField").write("   ");
        assertTrue(ok.isDisabled(), "only spaces");
        robot.write(" 录入有误 ");
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        assertEquals(Optional.of("录入有误"), answer.get());
    }

    @Test
    void cancelGivesNoAnswer(FxRobot robot) {
        robot.clickOn("#ask");
        robot.clickOn("#reasonField").write("理由");
        DialogPane pane = robot.lookup("#reasonDialog").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        assertEquals(Optional.empty(), answer.get());
    }
}
