package com.parkreview.scoring.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Table1;
import com.parkreview.scoring.settings.ScorePrecision;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreEntryTest {

    private static Indicator indicator(String code) {
        return Table1.rubric().indicator(code).orElseThrow();
    }

    /** Indicator 1.1 is worth 5, 3.1 is worth 10, 4.1 is worth 15. */
    @ParameterizedTest(name = "[{0}] typed ''{1}'' at step {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1.1 | 4.5        | 0.5 | 4.5
            1.1 | 5          | 0.5 | 5.0
            1.1 | 0          | 0.5 | 0.0
            1.1 | 4.50       | 0.5 | 4.5
            1.1 | "  3 "     | 0.5 | 3.0
            1.1 | ４．５      | 0.5 | 4.5
            4.1 | １２        | 1   | 12
            4.1 | "　１５　"   | 1   | 15
            1.1 | 4。5       | 0.5 | 4.5
            3.1 | 7.3        | 0.1 | 7.3
            3.1 | .5         | 0.5 | 0.5
            3.1 | 8.         | 1   | 8
            1.1 | ""         | 0.5 | BLANK
            1.1 | "   "      | 0.5 | BLANK
            1.1 | NaN        | 0.5 | NOT_A_NUMBER
            1.1 | Infinity   | 0.5 | NOT_A_NUMBER
            1.1 | 1e0        | 0.5 | NOT_A_NUMBER
            1.1 | 4,5        | 0.5 | NOT_A_NUMBER
            1.1 | 四         | 0.5 | NOT_A_NUMBER
            1.1 | -1         | 0.5 | NEGATIVE
            1.1 | -0         | 0.5 | SIGNED
            1.1 | -0.0       | 0.5 | SIGNED
            1.1 | +4         | 0.5 | SIGNED
            1.1 | ＋４        | 0.5 | SIGNED
            1.1 | 1e400      | 0.5 | NOT_A_NUMBER
            1.1 | 1E2        | 0.5 | NOT_A_NUMBER
            1.1 | 0x4        | 0.5 | NOT_A_NUMBER
            1.1 | -Infinity  | 0.5 | NOT_A_NUMBER
            1.1 | －0.5      | 0.5 | NEGATIVE
            1.1 | 5.5        | 0.5 | ABOVE_MAXIMUM
            4.1 | 16         | 1   | ABOVE_MAXIMUM
            4.1 | 8.7        | 1   | TOO_MANY_DECIMALS
            1.1 | 4.25       | 0.5 | TOO_MANY_DECIMALS
            3.1 | 7.35       | 0.1 | TOO_MANY_DECIMALS
            1.1 | 4.3        | 0.5 | OFF_STEP
            """)
    void readsWhatRuleTwoAllowsAndRefusesTheRest(String code, String typed, String step, String expected) {
        ScoreEntry.Result result = ScoreEntry.read(indicator(code), typed, ScorePrecision.parse(step));
        if (expected.matches("[0-9.]+")) {
            assertEquals(expected, result.value().orElseThrow(() -> new AssertionError(result)).toPlainString());
        } else {
            assertEquals(RejectionReason.valueOf(expected), result.rejection().orElseThrow().reason());
        }
    }

    @Test
    void refusalNamesTheIndicatorTheValueTheRangeAndTheStepInChinese() {
        ScoreRejection why = ScoreEntry.read(indicator("1.2"), "5.3", ScorePrecision.HALF).rejection().orElseThrow();
        assertEquals("指标 1.2（运营面积）：5.3 超过该指标分值；允许范围 0–5，步长 0.5。",
                why.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void refusalNamesTheIndicatorTheValueTheRangeAndTheStepInEnglish() {
        ScoreRejection why = ScoreEntry.read(indicator("4.1"), "8.7", ScorePrecision.WHOLE).rejection().orElseThrow();
        String message = why.message(Locale.ENGLISH);
        assertTrue(message.startsWith("Indicator 4.1 ("), message);
        assertTrue(message.endsWith("8.7 has too many decimals (scores are whole numbers); allowed: 0 to 15 in steps of 1."),
                message);
    }

    @Test
    void minusZeroIsRefusedAsASignNotReadAsZero() {
        ScoreRejection why = ScoreEntry.read(indicator("1.1"), "-0", ScorePrecision.HALF).rejection().orElseThrow();
        String message = why.message(Locale.ENGLISH);
        assertTrue(message.endsWith("\"-0\" has a sign; scores are written without + or - (-0 too); allowed: 0 to 5 in steps"
                + " of 0.5."), message);
    }

    @Test
    void storedValuesAreCheckedAgainstTheSameRule() {
        Indicator fiveMax = indicator("1.1");
        assertTrue(ScoreEntry.isAllowed(fiveMax, new java.math.BigDecimal("4.5"), ScorePrecision.HALF));
        assertEquals(false, ScoreEntry.isAllowed(fiveMax, new java.math.BigDecimal("4.5"), ScorePrecision.WHOLE));
        assertEquals(false, ScoreEntry.isAllowed(fiveMax, new java.math.BigDecimal("5.5"), ScorePrecision.HALF));
        assertEquals(false, ScoreEntry.isAllowed(fiveMax, new java.math.BigDecimal("-0.5"), ScorePrecision.HALF));
    }
}
