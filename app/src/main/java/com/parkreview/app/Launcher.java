package com.parkreview.app;

import com.parkreview.app.cli.ParkReviewCommand;
import com.parkreview.app.ui.ParkReviewApplication;
import javafx.application.Application;

/**
 * The entry point. Not the JavaFX {@link Application} itself, so that a plain class path (the
 * runnable jar) can start it and the sub-commands can run without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int status = ParkReviewCommand.commandLine(() -> {
            Application.launch(ParkReviewApplication.class, args);
            return 0;
        }).execute(args);
        System.exit(status);
    }
}
