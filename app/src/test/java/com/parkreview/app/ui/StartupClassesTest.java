package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassesTest {

    /** Set by its static initialiser: preloading must not run it. */
    static boolean initialised;

    static final class WithInitialiser {
        static {
            initialised = true;
        }
    }

    @Test
    void loadsTheListedClassesWithoutRunningTheirCodeAndSkipsWhatIsGone() throws IOException {
        String list = """
                # a comment

                java.lang.String
                com.parkreview.app.ui.StartupClassesTest$WithInitialiser
                com.parkreview.app.ui.RenamedLongAgo
                """;
        int found = StartupClasses.preload(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)),
                getClass().getClassLoader());
        assertEquals(2, found);
        assertFalse(initialised, "a preloaded class's static initialiser ran before its time");
    }

    /**
     * The list names the classes a start loads; ParkReview's own and JavaFX's (whose version the
     * build pins) must still exist, or the list is out of date: make it again with
     * {@code StartupClassList}. The JDK's own may differ from one JDK to another and are skipped.
     */
    @Test
    void theListNamesClassesThatExist() throws IOException {
        List<String> names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        assertTrue(names.contains(ClientRoot.class.getName()), "the window's own classes are listed");
        List<String> gone = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("com.parkreview.") || name.startsWith("javafx.") || name.startsWith("com.sun.javafx.")) {
                try {
                    Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException e) {
                    gone.add(name);
                }
            }
        }
        assertEquals(List.of(), gone, "classes gone since " + StartupClasses.LIST + " was made: run StartupClassList");
    }
}
