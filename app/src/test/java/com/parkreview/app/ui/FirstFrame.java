package com.parkreview.app.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How the windows {@code StartupBenchmark} compares ParkReview with are timed: as ParkReview
 * times its own start, from the JVM's start to the first frame after the window is shown.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Shows the stage, prints the figure in the words ParkReview logs it with, and exits. */
    public static void showAndReport(Stage stage) {
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("first usable window " + StartupPhases.sinceJvmStart() + " ms");
            Platform.exit();
        }));
        stage.show();
    }
}
