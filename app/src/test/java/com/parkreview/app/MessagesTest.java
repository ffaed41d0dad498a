package com.parkreview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
}
