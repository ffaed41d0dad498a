package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
     * Libraries the first window has no use for (reports, PDF, spreadsheets, QR codes, JSON, the
     * database engine and its migrations): a start that loaded them before its window, or a list
     * that preloaded them, would spend the start-up on them.
     */
    private static final List<String> HEAVY = List.of("net.sf.jasperreports.", "com.lowagie.", "org.openpdf.",
            "org.apache.pdfbox.", "org.apache.poi.", "com.google.zxing.", "com.fasterxml.jackson.", "org.h2.",
            "org.flywaydb.", "org.verapdf.");

    /** How much of the list may be gone (renamed) before it is not worth keeping: one name in ten. */
    private static final int GONE_AT_MOST_ONE_IN = 10;

    private static List<String> listed() throws IOException {
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    @Test
    void theRecordedStartLoadsNoHeavyLibraryBeforeItsWindow() throws IOException {
        List<String> heavy = listed().stream().filter(name -> HEAVY.stream().anyMatch(name::startsWith)).toList();
        assertEquals(List.of(), heavy, "loaded before the window was shown");
    }

    /**
     * The list names the classes a start loads. A class renamed since it was made is only loaded
     * by the window itself, a little later; but once ParkReview's or JavaFX's (whose version the
     * build pins) are gone in numbers the list is out of date: make it again with
     * {@code StartupClassList}. The JDK's own may differ from one JDK to another and are skipped.
     */
    @Test
    void theListStillNamesTheClassesAStartLoads() throws IOException {
        List<String> checked = listed().stream().filter(name -> name.startsWith("com.parkreview.")
                || name.startsWith("javafx.") || name.startsWith("com.sun.javafx.")).toList();
        assertTrue(checked.contains(ClientRoot.class.getName()), "the window's own classes are listed");
        List<String> gone = checked.stream().filter(name -> !exists(name)).toList();
        assertTrue(gone.size() * GONE_AT_MOST_ONE_IN <= checked.size(), () -> gone.size() + " of " + checked.size()
                + " classes gone since " + StartupClasses.LIST + " was made, run StartupClassList: " + gone);
    }

    private boolean exists(String name) {
        try {
            Class.forName(name, false, getClass().getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
