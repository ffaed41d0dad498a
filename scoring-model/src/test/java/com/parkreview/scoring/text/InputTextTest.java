package com.parkreview.scoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.text.InputText.Lines;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InputTextTest {

    /** Every hostile class of character, written as it would arrive, with the key of its refusal. */
    static Stream<Arguments> hostileCharacters() {
        return Stream.of(
                Arguments.of("NUL", "ab\u0000c", "U+0000", 3, "text.control"),
                Arguments.of("BEL", "ab\u0007c", "U+0007", 3, "text.control"),
                Arguments.of("ESC clear screen", "ab\u001b[2Jc", "U+001B", 3, "text.control"),
                Arguments.of("DEL", "\u007fabc", "U+007F", 1, "text.control"),
                Arguments.of("C1 NEL", "abc\u0085", "U+0085", 4, "text.control"),
                Arguments.of("C1 CSI", "a\u009b2J", "U+009B", 2, "text.control"),
                Arguments.of("lone CR", "ab\rc", "U+000D", 3, "text.carriageReturn"),
                Arguments.of("RLO", "ab\u202Ecba", "U+202E", 3, "text.bidi"),
                Arguments.of("LRE", "\u202Aab", "U+202A", 1, "text.bidi"),
                Arguments.of("RLI", "a\u2067b", "U+2067", 2, "text.bidi"),
                Arguments.of("PDI", "ab\u2069", "U+2069", 3, "text.bidi"),
                Arguments.of("BOM inside", "a\uFEFFb", "U+FEFF", 2, "text.invisible"),
                Arguments.of("broken surrogate", "a\uD800b", "U+D800", 2, "text.invisible"),
                Arguments.of("zero-width space: a name that looks like another", "北京\u200B园区", "U+200B", 3,
                        "text.invisible"),
                Arguments.of("soft hyphen", "园区\u00AD公司", "U+00AD", 3, "text.invisible"),
                Arguments.of("Hangul filler: a reason that shows as nothing (round 18)", "\u3164", "U+3164", 1,
                        "text.invisible"),
                Arguments.of("half-width Hangul filler", "理由\uFFA0", "U+FFA0", 3, "text.invisible"),
                Arguments.of("Hangul choseong filler", "\u115F\u1160", "U+115F", 1, "text.invisible"),
                Arguments.of("zero-width joiner", "a\u200Db", "U+200D", 2, "text.invisible"),
                Arguments.of("right-to-left mark", "ab\u200F", "U+200F", 3, "text.invisible"),
                Arguments.of("word joiner", "\u2060ab", "U+2060", 1, "text.invisible"),
                Arguments.of("line separator: a line break to some programs, nothing to others", "园区\u2028公司",
                        "U+2028", 3, "text.separator"),
                Arguments.of("paragraph separator", "a\u2029", "U+2029", 2, "text.separator"),
                Arguments.of("replacement character: text garbled on its way (LANG=C)", "二\uFFFD\uFFFD", "U+FFFD", 2,
                        "text.replacement"),
                Arguments.of("after a wide character", "園\uD842\uDFB7\u001b", "U+001B", 3, "text.control"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCharacters")
    void refusesEachHostileCharacterWithItsCodeAndPosition(String what, String text, String code, int position,
            String key) {
        for (Lines lines : Lines.values()) {
            LocalizedText fault = InputText.fault(text, 100, lines).orElseThrow(() -> new AssertionError(what));
            assertEquals(key, fault.key());
            assertEquals(code, fault.args().get(0));
            assertEquals(position, fault.args().get(1));
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ONE  | 北京石景山人形机器人产业园运营有限公司 | true
            ONE  | a\\tb                                  | false
            ONE  | a\\nb                                  | false
            ONE  | a\\r\\nb                               | false
            MANY | 第一行\\n第二行                          | true
            MANY | 第一行\\r\\n第二行                       | true
            MANY | a\\tb                                  | true
            MANY | 𠮷野家                                 | true
            """)
    void allowsOrdinaryTextAndLineBreaksWhereTheFieldHasLines(Lines lines, String text, boolean allowed) {
        String real = text.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
        assertEquals(allowed, InputText.fault(real, 100, lines).isEmpty(), real);
    }

    @Test
    void aLineBreakInAOneLineFieldIsSaidSo() {
        assertEquals("text.lineBreak", InputText.fault("ab\ncd", 100, Lines.ONE).orElseThrow().key());
    }

    /** Round 23: a tab inside an expert's name broke the columns of {@code experts list}. */
    @Test
    void aTabInAOneLineFieldIsSaidSo() {
        LocalizedText fault = InputText.fault("王\t建国", 100, Lines.ONE).orElseThrow();
        assertEquals("text.tab", fault.key());
        assertEquals(2, fault.args().get(0));
    }

    @Test
    void textLongerThanTheFieldHoldsIsRefusedWithBothLengths() {
        LocalizedText fault = InputText.fault("x".repeat(201), 200, Lines.ONE).orElseThrow();
        assertEquals("the text has 201 characters; at most 200 are allowed.", fault.in(Locale.ENGLISH));
        assertEquals(Optional.empty(), InputText.fault("x".repeat(200), 200, Lines.ONE));
    }

    @Test
    void theRefusalNamesTheFieldAndNeverShowsTheCharacterItself() {
        ValidationException e = assertThrows(ValidationException.class, () -> InputText.require(
                LocalizedText.of("rubric.name"), "园区\u001b[2J", 200, Lines.ONE));
        String english = e.getMessage(Locale.ENGLISH);
        String chinese = e.getMessage(Locale.SIMPLIFIED_CHINESE);
        assertEquals("The rubric needs a name.: character 3, U+001B, is a control character, which is not allowed"
                + " in text (only tab and, where a field has several lines, line feed are).", english);
        assertTrue(chinese.contains("第 3 个字符 U+001B 是控制字符"), chinese);
        assertFalse(english.contains("\u001b") || chinese.contains("\u001b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCharacters")
    void printableShowsEveryRefusedCharacterAsItsCode(String what, String text, String code, int position,
            String key) {
        String shown = InputText.printable(text);
        assertTrue(shown.contains(code), shown);
        assertEquals(Optional.empty(), InputText.fault(shown, 1000, Lines.MANY), what);
    }

    @Test
    void printableKeepsLineBreaksTabsAndOrdinaryText() {
        String text = "第一行\r\n第二行\n\t𠮷";
        assertEquals(text, InputText.printable(text));
        assertEquals("U+001B[2J", InputText.printable("\u001b[2J"));
    }
}
