package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A screen's first field gets the focus even when the screen is still being put in place. */
@ExtendWith(ApplicationExtension.class)
class InitialFocusTest {

    private StackPane root;
    private Button elsewhere;

    @Start
    void start(Stage stage) {
        elsewhere = new Button("elsewhere");
        root = new StackPane(elsewhere);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    /** As the score form: a button comes first and would get the focus, the first field is in a scroll pane. */
    @Test
    void aFieldInAScrollPaneNotYetLaidOutGetsTheFocus(FxRobot robot) {
        TextField first = new TextField();
        robot.interact(() -> {
            root.getChildren().setAll(new VBox(elsewhere, new ScrollPane(first)));
            elsewhere.requestFocus();
            assertNull(first.getScene(), "inside a scroll pane, not in the scene before the next layout pass");
            InitialFocus.give(first);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(first, root.getScene().getFocusOwner());
    }

    @Test
    void aFieldAlreadyInTheSceneGetsTheFocusAtOnce(FxRobot robot) {
        TextField first = new TextField();
        robot.interact(() -> {
            root.getChildren().setAll(elsewhere, first);
            elsewhere.requestFocus();
            InitialFocus.give(first);
            assertSame(first, root.getScene().getFocusOwner());
        });
    }
}
