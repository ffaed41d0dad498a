package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Several values named in a sentence, as each language joins them. */
class UiTextListTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zh | ''         | ''",
        "zh | 80         | 80",
        "zh | 60,80      | 60 与 80",
        "zh | 50,60,80   | 50、60 与 80",
        "en | 60,80      | 60 and 80",
        "en | 50,60,80   | 50, 60 and 80"})
    void joinsAsTheLanguageDoes(String language, String items, String expected) {
        Locale before = Locale.getDefault();
        Locale.setDefault(language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        try {
            assertEquals(expected, UiText.list(items.isEmpty() ? List.of() : List.of(items.split(","))));
        } finally {
            Locale.setDefault(before);
        }
    }
}
