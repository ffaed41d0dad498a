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

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(textBlock = """
            1e400,                  money.notANumber
            1E2,                    money.notANumber
            -0,                     money.notANumber
            +5,                     money.notANumber
            NaN,                    money.notANumber
            Infinity,               money.notANumber
            0x10,                   money.notANumber
            '1,500',                money.notANumber
            -5,                     money.negative
            1000000000000,          money.tooLarge
            """)
    void anAmountIsAPlainNumberInTheStoresRange(String typed, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.wan(typed));
        assertEquals(key, e.text().key());
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(textBlock = """
            1500,                 1500.00
            ' 350.5 ',            350.50
            １５００,               1500.00
            999999999999.999999,  999999999999.999999
            """)
    void anAmountIsReadAsWritten(String typed, String expected) {
        assertEquals(expected, Money.wan(typed).wan().toPlainString());
    }

    @Test
    void differenceNeverGoesBelowZero() {
        assertEquals(Money.ZERO, Money.wan("300").minusFloorZero(Money.wan("500")));
        assertEquals(Money.wan("200"), Money.wan("500").minusFloorZero(Money.wan("300")));
    }

    /** A tester's round 7: a cap of 1234.565 was printed 1234.57 beside 1234.56 paid from it. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1500        | 1500.00
            0.5         | 0.50
            1500.000000 | 1500.00
            1234.565    | 1234.565
            0.000001    | 0.000001
            """)
    void anAmountIsWrittenWithTwoDecimalsOrAllOfItsOwnNeverRounded(String typed, String written) {
        assertEquals(written, Money.wan(typed).toWanString());
    }
}
