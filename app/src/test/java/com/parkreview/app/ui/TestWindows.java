package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.ui.common.FileDialogs;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The real window on a test database, as a user sees it: the client's own composition root,
 * settings of its own (the user's recent files are left alone), 1280×760 — within the headless
 * screen, about a laptop's.
 */
public final class TestWindows {

    private TestWindows() {
    }

    public static ClientRoot open(Stage stage, Database db, FileDialogs files) {
        Preferences preferences = Preferences.userRoot().node("com/parkreview/test/" + System.nanoTime());
        ClientRoot root = new ClientRoot(new ClientContext(new ClientSettings(preferences), db, files), stage);
        root.show();
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
        return root;
    }
}
