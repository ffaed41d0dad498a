package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A menu item's text as the title of the window it opens: no mnemonic marker, no ellipsis. */
class UiTextTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zh | menu.file.saveCopy | 另存副本",
        "zh | menu.file.new      | 新建数据库",
        "en | menu.file.saveCopy | Save a copy",
        "en | menu.file.new      | New database"})
    void aMenuItemsTextWithoutItsMarks(String language, String key, String expected) {
        Locale before = Locale.getDefault();
        Locale.setDefault(language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        try {
            assertEquals(expected, UiText.title(key));
        } finally {
            Locale.setDefault(before);
        }
    }
}
