package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.LogSetup;
import com.parkreview.app.testing.InLocale;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 17 was sent to "the log file in the data folder" and looked beside the database
 * the About box named; the log is in the data folder of the program's start. The message names it.
 */
@InLocale("zh")
class UnexpectedErrorNamesTheLogTest {

    @TempDir
    Path dir;

    @Test
    void anUnexpectedErrorSaysWhereItsDetailsAre() {
        LogSetup.toFolder(dir);
        try {
            String said = ErrorDialog.message(new IllegalStateException("printing failed"));
            assertTrue(said.contains("未预料") && said.contains(dir.resolve("parkreview.log").toAbsolutePath().toString()),
                    said);
        } finally {
            java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
            for (java.util.logging.Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }
}
