package com.parkreview.app.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bytes a score file's signature is made over. */
class CanonicalJsonTest {

    private static String canonical(String json) throws Exception {
        return new String(CanonicalJson.bytes(StrictJson.mapper().readTree(json)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            { "b" : 1, "a" : [ 2, 1 ] }                 | {"a":[2,1],"b":1}
            {"z":{"y":"1","x":"2"},"A":"3"}             | {"A":"3","z":{"x":"2","y":"1"}}
            {"s":"4.5","n":"专家一 张伟"}                  | {"n":"专家一 张伟","s":"4.5"}
            {"t":"a\\"b\\\\c\\/d"}                      | {"t":"a\\"b\\\\c/d"}
            {"t":"\\u0041\\u4e2d\\n\\t\\u0001\\u001f"}  | {"t":"A中\\n\\t\\u0001\\u001f"}
            {"t":"\\ud83d\\ude00 emoji"}               | {"t":"😀 emoji"}
            {"v":1,"f":false,"z":null,"e":[],"o":{}}    | {"e":[],"f":false,"o":{},"v":1,"z":null}
            {"big":123456789012345678901234567890}      | {"big":123456789012345678901234567890}
            """)
    void canonicalFormSortsKeysDropsWhitespaceAndEscapesOnlyWhatMustBe(String json, String expected) throws Exception {
        assertEquals(expected, canonical(json));
    }

    @ParameterizedTest(name = "{0} has no canonical form")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            {"sheets":[{"score":4.5}]}  | sheets[0].score: the number 4.5 is written as a JSON number; ParkReview writes decimals as text ("4.5").
            {"c":"a\\ud800b"}           | c: the text holds the escape \\ud800, half of a character; it is not valid text.
            {"c":"\\udc00"}             | c: the text holds the escape \\udc00, half of a character; it is not valid text.
            """)
    void fractionOrLoneSurrogateHasNoCanonicalForm(String json, String message) {
        JsonFields.FieldException e = assertThrows(JsonFields.FieldException.class, () -> canonical(json));
        assertEquals(message, e.path() + ": " + e.text().in(Locale.ENGLISH));
    }
}
