package com.parkreview.scoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainNumberTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            85          | 85
            4.5         | 4.5
            ４．５       | 4.5
            ４。５       | 4.5
            1¹          | refused
            ⁴           | refused
            ④           | refused
            ⒋           | refused
            𝟏𝟑          | refused
            ٤           | refused
            "  12 "     | 12
            .5          | 0.5
            0           | 0
            -0          | refused
            +4          | refused
            -3          | refused
            1e400       | refused
            1E2         | refused
            NaN         | refused
            Infinity    | refused
            0x10        | refused
            1,500       | refused
            ""          | refused
            12345678901234567890123456789012345678901 | refused
            """)
    void readsOnlyDigitsWithOneDecimalPoint(String typed, String expected) {
        assertEquals(expected, PlainNumber.parse(typed).map(v -> v.toPlainString()).orElse("refused"));
    }

    @ParameterizedTest(name = "''{0}'' signed {1}, negative {2}")
    @CsvSource(textBlock = """
            -0,   true,  false
            +4,   true,  false
            -3,   true,  true
            －1,   true,  true
            4,    false, false
            -e,   false, false
            """)
    void tellsASignFromANegativeNumber(String typed, boolean signed, boolean negative) {
        assertEquals(signed, PlainNumber.signed(typed));
        assertEquals(negative, PlainNumber.negative(typed));
    }
}
