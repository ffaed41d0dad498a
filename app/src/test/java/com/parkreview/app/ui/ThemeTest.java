package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
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
}
