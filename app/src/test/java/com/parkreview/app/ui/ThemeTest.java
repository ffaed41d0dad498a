package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            System;Microsoft YaHei;Arial      | true
            System;PingFang SC                | true
            DejaVu Sans;Noto Sans CJK SC      | true
            DejaVu Sans;WenQuanYi Micro Hei   | true
            DejaVu Sans;Liberation Serif;Arial | false
            System                            | false
            """)
    void knowsWhetherTheSystemCanShowChinese(String families, boolean cjk) {
        assertEquals(cjk, Theme.systemHasCjk(Arrays.asList(families.split(";"))));
    }

    /**
     * The build writes app.bss beside app.css, and JavaFX then loads the binary form only: it
     * must say what the stylesheet says, rule for rule.
     */
    @Test
    void theBinaryStylesheetIsTheStylesheet() throws IOException {
        URL css = Theme.class.getResource("app.css");
        URL bss = Theme.class.getResource("app.bss");
        assertNotNull(bss, "app.bss beside app.css (the build's binary-stylesheet step)");
        assertEquals(rules(new CssParser().parse(css)), rules(Stylesheet.loadBinary(bss)));
    }

    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : "")).toList())
                .toList();
    }
}
