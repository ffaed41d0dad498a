package com.parkreview.app;

import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Details go to {@code parkreview.log} in the data folder, never to the console: a command's
 * output stays clean and the user sees messages, not stack traces.
 */
public final class LogSetup {

    public static final String FILE_NAME = "parkreview.log";

    private static volatile Path file;

    private LogSetup() {
    }

    /**
     * Where the details are written, to name it to the user: the log stays in the data folder of the
     * first start, whichever database is opened later (a tester's round 17 looked for it beside the
     * database the About box named). Empty when there is none.
     */
    public static Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public static void toFolder(Path folder) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(FILE_NAME).toString(), 5 * 1024 * 1024, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            root.setLevel(Level.INFO);
            LogSetup.file = folder.resolve(FILE_NAME).toAbsolutePath();
        } catch (IOException e) {
            // No log file (read-only home): run without one rather than not at all.
            root.setLevel(Level.OFF);
            LogSetup.file = null;
        }
    }
}
