package com.parkreview.app.ui.console;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.testing.DemoCopy;
import com.parkreview.app.ui.ClientRoot;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of a window test on the demonstration database as a first start places it: the
 * window its {@code @Start} opens ({@link #openDemo}), the database closed after each test.
 */
abstract class DemoConsoleWindowTest {

    @TempDir
    Path dir;

    Database db;
    ClientRoot root;
    Stage stage;

    void openDemo(Stage stage, double width, double height) {
        this.stage = stage;
        db = Database.open(DatabaseFile.of(DemoCopy.placed(dir)), OpenOptions.existing());
        root = TestWindows.open(stage, db, FileDialogs.system(), width, height);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }
}
