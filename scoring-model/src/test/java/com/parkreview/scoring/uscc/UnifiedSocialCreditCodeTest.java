package com.parkreview.scoring.uscc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.scoring.ValidationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            91350100M000100Y43
            911101085923662400
            91110000802100433B
            """)
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertEquals(code, UnifiedSocialCreditCode.parse(code).value());
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y44  | uscc.check
            91350100M000100Y4   | uscc.length
            91350100M000100Y433 | uscc.length
            91350100M00O100Y43  | uscc.character
            91350100I000100Y43  | uscc.character
            ''                  | uscc.blank
            """)
    void refusesNamingTheFault(String code, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> UnifiedSocialCreditCode.parse(code));
        assertEquals(key, e.text().key());
    }

    /**
     * Round 20: 000000000000000000 passes the check character (every weight times 0) and was taken
     * for an operator. Entered codes that cannot be real are refused; stored ones still read. Round
     * 26: a place code of zeros and an organisation code of zeros were taken.
     */
    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000000000000000000 | uscc.placeholder
            111111111111111115 | uscc.placeholder
            01110108MA01000006 | uscc.authority
            B1110108MA0100000T | uscc.authority
            91AB0108MA0100000J | uscc.place
            91000000MA01R8K52U | uscc.noPlace
            91110107000000000Q | uscc.noOrganisation
            91350100M000100Y44 | uscc.check
            """)
    void refusesAnEnteredCodeThatCannotBeAnOperators(String code, String key) {
        assertTrue(UnifiedSocialCreditCode.isValid(code) || key.equals("uscc.check"), "its check character agrees");
        ValidationException e = assertThrows(ValidationException.class, () -> UnifiedSocialCreditCode.parseEntered(code));
        assertEquals(key, e.text().key());
        assertEquals(key, UnifiedSocialCreditCode.checkEntered(code).orElseThrow().key());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            91350100M000100Y43
            911101085923662400
            81110108MA0100000X
            Y1110108MA01000007
            """)
    void takesAnEnteredCodeThatCanBeReal(String code) {
        assertEquals(code, UnifiedSocialCreditCode.parseEntered(code).value());
    }

    @Test
    void saysInChineseWhyAPlaceholderIsRefused() {
        assertEquals("统一社会信用代码“000000000000000000”是占位的代码，不是运营单位的代码：前 17 位全部相同。请按营业执照填写。",
                UnifiedSocialCreditCode.checkEntered("000000000000000000").orElseThrow().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void readsLowerCaseFullWidthAndSpacesAsTyped() {
        assertEquals("91350100M000100Y43", UnifiedSocialCreditCode.parse(" ９１350100m000100y43 ").value());
    }

    @Test
    void checkFailureSaysWhichCharacterWasExpected() {
        String message = UnifiedSocialCreditCode.check("91350100M000100Y44").orElseThrow().in(Locale.SIMPLIFIED_CHINESE);
        assertEquals("统一社会信用代码“91350100M000100Y44”：校验位为“4”，按前 17 位应为“3”；代码有误。", message);
    }

    @Test
    void everyGeneratedCheckCharacterValidates() {
        String base = "9111010871";
        for (int i = 0; i < UnifiedSocialCreditCode.ALPHABET.length(); i++) {
            String first17 = base + UnifiedSocialCreditCode.ALPHABET.charAt(i) + "0000" + "12";
            assertTrue(UnifiedSocialCreditCode.isValid(first17 + UnifiedSocialCreditCode.checkCharacter(first17)));
        }
    }
}
