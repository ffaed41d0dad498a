package com.parkreview.app.ui.console;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.ClientRoot;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of a console window test: a fresh database holding one session ({@link #session}),
 * the window its {@code @Start} opens on it ({@link #root}), the database closed after each test.
 */
abstract class ConsoleWindowTest {

    @TempDir
    Path dir;

    Database db;
    TestSessions.Ids ids;
    ClientRoot root;

    /** A fresh database with a session of this many applicants (past pre-review) and experts. */
    void session(int applicants, int experts) {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, applicants, experts);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }
}
