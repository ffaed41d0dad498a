package com.parkreview.app.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.rubric.Table1;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricJsonTest {

    private static final Path EXAMPLE = Path.of("examples", "rubric-table1.json");

    @TempDir
    Path dir;

    @Test
    void exampleFileIsTable1() throws Exception {
        assertEquals(Table1.rubric(), RubricJson.read(EXAMPLE));
        assertEquals(RubricJson.write(Table1.rubric()), Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }

    @Test
    void writtenRubricReadsBackEqual() throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, RubricJson.write(Table1.rubric()));
        Rubric read = RubricJson.read(file);
        assertEquals(Table1.rubric(), read);
        assertEquals(13, read.indicators().size());
    }

    /** Each case replaces one piece of the Table 1 file and expects the message that names the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            negative maximum       | "max" : 10                  | "max" : -10                 | dimensions[2].indicators[0].max: -10 is not written the way ParkReview writes numbers: digits with an optional decimal point, without sign (-0 too), exponent or leading +.
            zero maximum           | "max" : 10                  | "max" : 0                   | dimensions[2].indicators[0]: Indicator 3.1: max 0 is not allowed; a maximum is a positive number.
            maximum minus zero     | "max" : 10                  | "max" : -0                  | dimensions[2].indicators[0].max: -0 is not written the way ParkReview writes numbers
            maximum as exponent    | "max" : 10                  | "max" : 1E1                 | dimensions[2].indicators[0].max: 1E1 is not written the way ParkReview writes numbers
            maximum 1e400          | "max" : 10                  | "max" : 1e400               | dimensions[2].indicators[0].max: 1e400 is not written the way ParkReview writes numbers
            indicator max as text  | "max" : 10                  | "max" : "10"                | dimensions[2].indicators[0].max: expected a number, found "10".
            duplicate code         | "code" : "1.2",             | "code" : "1.1",             | dimensions: Indicator code 1.1 is used twice; every indicator code must be unique.
            wrong dimension total  | "max" : 15,                 | "max" : 16,                 | dimensions[0]: Dimension 1: max 16 differs from the sum of its indicators' maxima, 15.
            misspelt field         | "guidance" : "包括楼宇数量      | "guidnce" : "包括楼宇数量       | dimensions[0].indicators[1].guidnce: this field is not known here; the fields are code, guidance, max, name.
            missing name           | "name" : "运营面积",           | "nom" : "运营面积",            | dimensions[0].indicators[1].nom: this field is not known here
            bad code form          | "code" : "2.1",             | "code" : "2-1",             | dimensions[1].indicators[0]: Indicator code "2-1" is not allowed; use the form 1.1, 2.3, 10.2.
            not a rubric file      | "parkreview-rubric"         | "parkreview-kit"            | format: this is a ParkReview expert kit (.prkit), not a ParkReview rubric file: it was given where the other is read (renamed, or the wrong file chosen).
            future version         | "version" : 1,              | "version" : 2,              | version: version 2 is not one this ParkReview reads; it reads version 1.
            duplicate JSON key     | "code" : "1.1",             | "code" : "1.1", "code" : "1.1", | the key "code" appears twice in the same object
            trailing content       | "dimensions"                | "dimensions"                | -
            """)
    void badDefinitionIsRefusedNamingTheField(String name, String find, String replace, String message) throws IOException {
        String json = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        if (!json.contains(find)) {
            throw new AssertionError("the example no longer contains: " + find);
        }
        Path file = dir.resolve("bad.json");
        String changed = json.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        Files.writeString(file, message.equals("-") ? changed + "{}" : changed);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> RubricJson.read(file));
        String text = e.message(Locale.ENGLISH);
        if (!message.equals("-") && !text.contains(message)) {
            throw new AssertionError("expected «" + message + "» in «" + text + "»");
        }
        if (message.equals("-")) {
            assertEquals(true, text.contains("bad.json: the file is not valid JSON"), text);
        }
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> RubricJson.read(file));
        assertEquals("deep.json: the file is nested more than 64 levels deep; a ParkReview file never is.",
                e.message(Locale.ENGLISH));
    }

    /** A tester's round 5: the JSON library's own sentence (naming its settings' method) reached the user. */
    @Test
    void aNumberLongerThanAnyReadIsSaidInTheUsersWords() throws IOException {
        Path file = dir.resolve("long.json");
        Files.writeString(file, Files.readString(EXAMPLE).replaceFirst("\"max\" : 10", "\"max\" : " + "9".repeat(5000)));
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> RubricJson.read(file));
        String english = e.message(Locale.ENGLISH);
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(english.startsWith("long.json: a number 5000 digits long on line ") && !english.contains("Constraints"),
                english);
        assertTrue(chinese.contains("位的数字，最多只读取") && !chinese.contains("exceeds"), chinese);
    }

    @Test
    void refusalIsInChineseWhenAsked() throws IOException {
        Path file = dir.resolve("r.json");
        Files.writeString(file, Files.readString(EXAMPLE).replaceFirst("\"max\" : 10", "\"max\" : \"10\""));
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> RubricJson.read(file));
        assertEquals("r.json：dimensions[2].indicators[0].max：应为数字，实际为 \"10\"。", e.message(Locale.SIMPLIFIED_CHINESE));
    }
}
