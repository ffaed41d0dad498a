package com.parkreview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every user-facing sentence of the application is there in both languages. */
class MessagesTest {

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(String resource) throws Exception {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    /**
     * A sentence goes through java.text.MessageFormat, where a lone apostrophe starts a quoted
     * run: "your key's fingerprint is {2}" showed as "your keys fingerprint is {2}". In the
     * messages an apostrophe is doubled ('') or quotes a brace ('{'); the window's texts are also
     * read as they are by FXML, so there the typographic ’ is the only apostrophe.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            messages.properties,       false
            messages_zh.properties,    false
            messages_en__WINDOW.properties, false
            messages_zh__WINDOW.properties, false
            ui/ui.properties,          true
            ui/ui_zh.properties,       true
            """)
    void noApostropheSwallowsTheRestOfASentence(String resource, boolean readAsIsToo) throws Exception {
        Properties bundle = load(resource);
        Set<String> wrong = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            String unquoted = value.replace("''", "").replace("'{'", "").replace("'}'", "");
            if (readAsIsToo ? value.contains("'") : unquoted.contains("'")) {
                wrong.add(key);
            }
        }
        assertEquals(Set.of(), wrong);
    }

    /** A key written twice: the later sentence silently replaces the earlier one wherever it is used. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            messages.properties
            messages_zh.properties
            messages_en__WINDOW.properties
            messages_zh__WINDOW.properties
            ui/ui.properties
            ui/ui_zh.properties
            """)
    void noKeyIsWrittenTwice(String resource) throws Exception {
        Set<String> twice = new TreeSet<>();
        Properties counting = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object earlier = super.put(key, value);
                if (earlier != null) {
                    twice.add(key + " (" + earlier + " / " + value + ")");
                }
                return earlier;
            }
        };
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            counting.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(Set.of(), twice);
    }

    @Test
    void theWindowsTextsHaveTheSameKeysInBothLanguages() throws Exception {
        assertEquals(keys("ui/ui.properties"), keys("ui/ui_zh.properties"));
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws Exception {
        Set<String> english = keys("messages.properties");
        Set<String> chinese = keys("messages_zh.properties");
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "sentences without a Chinese version");
        assertEquals(Set.of(), onlyChinese, "sentences without an English version");
    }

    /**
     * The window's wording of a shared sentence is in both languages, replaces a sentence the
     * command line has (a key of its own would never be asked for), and names no command: the
     * English of a command line inside a Chinese window was a tester's round 17 finding.
     */
    @Test
    void theWindowsWordingReplacesSharedSentencesInBothLanguagesAndNamesNoCommand() throws Exception {
        Set<String> english = keys("messages_en__WINDOW.properties");
        assertEquals(english, keys("messages_zh__WINDOW.properties"));
        assertTrue(keys("messages.properties").containsAll(english), "only sentences the command line has");
        for (String resource : List.of("messages_en__WINDOW.properties", "messages_zh__WINDOW.properties")) {
            Properties window = load(resource);
            for (String key : english) {
                String value = window.getProperty(key);
                assertFalse(value.matches("(?s).*(--[a-z]|flags accept|merge --|score recuse|applicants opinion).*"),
                        resource + " " + key + ": " + value);
            }
        }
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale zhWindow;
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE); // a machine's zh_CN, with its country
            zhWindow = com.parkreview.app.ui.common.UiText.locale();
        } finally {
            java.util.Locale.setDefault(before);
        }
        String said = com.parkreview.app.AppText.of("close.openFlags", "A01（3 项）").in(zhWindow);
        assertTrue(said.contains("专家组评分") && !said.contains("flags"), said);
        assertTrue(com.parkreview.app.AppText.of("close.openFlags", "A01").in(java.util.Locale.CHINESE).contains("flags accept"));
        assertEquals(com.parkreview.app.AppText.of("list.none").in(java.util.Locale.CHINESE),
                com.parkreview.app.AppText.of("list.none").in(zhWindow), "a sentence the window has no wording of");
    }
}
