package com.parkreview.app.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The classes a start needs before its first window, loaded on the second core while the JavaFX
 * toolkit starts on the first: reading them from the jar and defining them is a good part of the
 * start-up, and the window's thread then finds them loaded. Loaded only, not initialised: no
 * code of theirs runs before its time. The list ({@value #LIST}) is made by
 * {@code StartupClassList} from a real start and kept with the sources; a name it holds that no
 * longer exists is skipped, and {@code StartupClassesTest} says when the list is out of date.
 */
final class StartupClasses {

    static final String LIST = "startup-classes.txt";

    private static final Logger LOG = Logger.getLogger(StartupClasses.class.getName());

    private StartupClasses() {
    }

    /**
     * Starts loading the listed classes on a background thread, unless
     * {@code -Dparkreview.preload=false} (how {@code StartupClassList} sees what the window loads).
     */
    static void preloadInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("parkreview.preload", "true"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            try (InputStream list = StartupClasses.class.getResourceAsStream(LIST)) {
                if (list != null) {
                    int loaded = preload(list, StartupClasses.class.getClassLoader());
                    LOG.fine(() -> loaded + " start-up classes preloaded");
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "start-up classes not preloaded", e); // only slower
            }
        }, "parkreview-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Loads each class named on a line of {@code list} (blank lines and {@code #} comments
     * left out) without initialising it; returns how many were found.
     */
    static int preload(InputStream list, ClassLoader loader) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        int found = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                found++;
            } catch (ClassNotFoundException | LinkageError e) {
                // renamed or gone since the list was made: the window loads what it needs itself
            }
        }
        return found;
    }
}
