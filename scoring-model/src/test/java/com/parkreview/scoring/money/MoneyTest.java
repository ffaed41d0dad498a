package com.parkreview.scoring.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(textBlock = """
            1500,      1.00, 1500.00
            1500,      0.70, 1050.00
            833.33,    0.70, 583.33
            1234.5678, 0.70, 864.19
            0.01,      0.70, 0.00
            """)
    void shareOfACapIsTruncatedToHundredYuan(String cap, String share, String expected) {
        assertEquals(expected, Money.wan(cap).timesShareTruncated(new BigDecimal(share)).toWanString());
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertEquals(Money.wan("1500"), Money.wan("1500.000"));
    }

    @Test
    void negativeAndTooPreciseAmountsAreRefused() {
        assertThrows(ValidationException.class, () -> Money.wan("-1"));
        assertThrows(ValidationException.class, () -> Money.wan("0.0000001"));
        assertThrows(ValidationException.class, () -> Money.wan("abc"));
    }

    @Test
    void differenceNeverGoesBelowZero() {
        assertEquals(Money.ZERO, Money.wan("300").minusFloorZero(Money.wan("500")));
        assertEquals(Money.wan("200"), Money.wan("500").minusFloorZero(Money.wan("300")));
    }
}
