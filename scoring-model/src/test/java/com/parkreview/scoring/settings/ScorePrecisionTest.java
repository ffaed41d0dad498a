package com.parkreview.scoring.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorePrecisionTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(textBlock = """
            1,    WHOLE
            0.5,  HALF
            0.50, HALF
            ' 0.1 ', TENTH
            """)
    void readsTheThreeStepsWrittenPlainly(String typed, ScorePrecision expected) {
        assertEquals(expected, ScorePrecision.parse(typed));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(textBlock = """
            +1
            -0.5
            1e0
            5E-1
            0x1
            NaN
            0.25
            """)
    void refusesSignsExponentsAndOtherSteps(String typed) {
        assertEquals("settings.precision",
                assertThrows(ValidationException.class, () -> ScorePrecision.parse(typed)).text().key());
    }
}
