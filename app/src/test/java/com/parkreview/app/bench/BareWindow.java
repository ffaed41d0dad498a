package com.parkreview.app.bench;

import com.parkreview.app.ui.FirstFrame;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window, timed as ParkReview's is: JVM start to the first frame of the shown
 * window. Like ParkReview's launcher, a plain main class starts the {@code Application}.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 720));
            FirstFrame.showAndReport(stage);
        }
    }
}
