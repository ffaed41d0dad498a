package com.parkreview.app;

import com.parkreview.app.cli.ParkReviewCommand;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.ui.ParkReviewApplication;

/**
 * The entry point. Not the JavaFX {@code Application} itself, so that a plain class path (the
 * runnable jar) can start it and the sub-commands can run without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LogSetup.toFolder(DatabaseFile.defaultFile().folder());
        int status = ParkReviewCommand.run(ParkReviewApplication::launchWindow, args);
        System.exit(status);
    }
}
