package com.parkreview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every user-facing sentence of the application is there in both languages. */
class MessagesTest {

    private static Set<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
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
