package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.RememberedLanguage;
import com.parkreview.app.testing.DemoCopy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tester's round 14: on a machine whose system language was the C locale, the window spoke
 * Chinese and every command English. A command now speaks the language chosen last in the window,
 * Simplified Chinese until one is; {@code --lang} still chooses for the run.
 */
class RememberedLanguageTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "remembered {0}, arguments {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | ''        | 编号	年度
            en | ''        | id	year
            zh | --lang en | id	year
            en | --lang zh | 编号	年度
            """)
    void aCommandSpeaksTheRememberedLanguageUnlessItChooses(String remembered, String lang, String heading)
            throws Exception {
        Path db = DemoCopy.placed(dir);
        String[] args = lang.isEmpty() ? new String[] {"sessions", "--db", db.toString()}
                : new String[] {lang.split(" ")[0], lang.split(" ")[1], "sessions", "--db", db.toString()};
        Locale before = Locale.getDefault();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int status = ParkReviewCommand.run(options -> {
                throw new AssertionError("no window");
            }, Locale.forLanguageTag(remembered.equals("zh") ? "zh-CN" : "en"), args);
            assertEquals(0, status);
        } finally {
            System.setOut(out);
            Locale.setDefault(before);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith(heading), text);
    }

    @Test
    void chineseUntilEnglishIsChosenInTheWindow() throws Exception {
        Preferences node = Preferences.userRoot().node("com/parkreview/test/" + dir.getFileName());
        try {
            assertEquals(Locale.SIMPLIFIED_CHINESE, RememberedLanguage.of(node));
            RememberedLanguage.set(node, Locale.ENGLISH);
            assertEquals(Locale.ENGLISH, RememberedLanguage.of(node));
        } finally {
            node.removeNode();
        }
    }
}
