package com.parkreview.reports.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalContentTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            4.50,   4.5
            4.5,    4.5
            10.0,   10
            1E+1,   10
            0.00,   0
            0,      0
            85.30,  85.3
            0.0700, 0.07
            """)
    void writesEqualDecimalsAlike(String value, String canonical) {
        assertEquals("score=" + canonical + "\n", new CanonicalContent().put("score", new BigDecimal(value)).text());
    }

    @Test
    void sortsLinesByKey() {
        String text = new CanonicalContent().put("score.2.1", "b").put("score.1.1", "a").put("applicant.id", "A01").text();
        assertEquals("applicant.id=A01\nscore.1.1=a\nscore.2.1=b\n", text);
    }

    @Test
    void writesLineBreaksAndBackslashesSoThatEachValueIsOneLine() {
        String text = new CanonicalContent().put("opinion", "第一行\r\n第二行\\结束").text();
        assertEquals("opinion=第一行\\n第二行\\\\结束\n", text);
    }

    @Test
    void readsBackWhatItWrote() {
        CanonicalContent content = new CanonicalContent().put("opinion", "第一行\r\n第二行\\n 不是换行\\")
                .put("score.1.1", new BigDecimal("4.50")).put("applicant.name", "a=b");
        var items = CanonicalContent.read(content.text());
        assertEquals(java.util.List.of("applicant.name", "opinion", "score.1.1"), java.util.List.copyOf(items.keySet()));
        assertEquals("第一行\n第二行\\n 不是换行\\", items.get("opinion"));
        assertEquals("4.5", items.get("score.1.1"));
        assertEquals("a=b", items.get("applicant.name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no line feed at the end | score=4
            a line without =        | score\\n
            a key out of the form   | score 1=4\\n
            a key given twice       | score=4\\nscore=5\\n
            """)
    void refusesToReadWhatItNeverWrites(String name, String text) {
        assertThrows(IllegalArgumentException.class, () -> CanonicalContent.read(text.replace("\\n", "\n")));
    }

    @Test
    void leavesOutEmptyValues() {
        assertEquals("", new CanonicalContent().put("comment.1.1", "").put("key", (String) null).text());
    }

    @Test
    void writesMoneyAsItsAmountInWan() {
        assertEquals("amount=1500\n", new CanonicalContent().put("amount", Money.wan("1500.00")).text());
    }

    @Test
    void refusesAKeyGivenTwice() {
        CanonicalContent content = new CanonicalContent().put("score.1.1", "4");
        assertThrows(IllegalArgumentException.class, () -> content.put("score.1.1", "5"));
    }

    @Test
    void refusesAKeyThatCouldBreakTheForm() {
        assertThrows(IllegalArgumentException.class, () -> new CanonicalContent().put("score=1", "4"));
    }

    @Test
    void normalisesTextToNfc() {
        String decomposed = "e\u0301";
        assertEquals(new CanonicalContent().put("name", "\u00e9").text(), new CanonicalContent().put("name", decomposed).text());
    }
}
