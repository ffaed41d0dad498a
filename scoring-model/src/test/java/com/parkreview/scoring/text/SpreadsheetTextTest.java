package com.parkreview.scoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "=cmd|' /C calc'!A0"       | "'=cmd|' /C calc'!A0"
            "+1+1"                     | "'+1+1"
            "-2+3"                     | "'-2+3"
            "@SUM(A1)"                 | "'@SUM(A1)"
            "北京石景山园区"              | "北京石景山园区"
            "A01"                      | "A01"
            "85.30"                    | "85.30"
            "a=b"                      | "a=b"
            ""                         | ""
            """)
    void aCellThatASpreadsheetWouldTakeForAFormulaGetsAnApostrophe(String value, String expected) {
        assertEquals(expected, SpreadsheetText.cell(value));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(textBlock = """
            0009
            000D
            """)
    void aLeadingTabOrCarriageReturnIsNeutralisedToo(String hex) {
        String value = Character.toString(Integer.parseInt(hex, 16)) + "=1+1";
        assertEquals("'" + value, SpreadsheetText.cell(value));
    }
}
