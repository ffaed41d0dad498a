package com.parkreview.app.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed CSV is reported as the file, the line and what is wrong, in English and Chinese,
 * and never with an exception's name or words. {@code \n} in a case is a line break, {@code |} a
 * field separator of the test table.
 */
class CsvTableTest {

    private static final String HEADER = "applicant,expert,indicator,score\n";

    @TempDir
    Path dir;

    private List<InputProblem> problems(byte[] content) throws Exception {
        Path file = dir.resolve("scores.csv");
        Files.write(file, content);
        return CsvTable.read(file, ScoresCsv.HEADER).problems();
    }

    private static byte[] utf8(String text) {
        return text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            unclosed quote        | A01,"E1,1.1,4\\n                                   | scores.csv line 2: a quoted field that starts on this line is never closed | scores.csv 第 2 行：从该行开始的带引号字段没有结束
            unclosed quote later  | A01,E1,1.1,4\\nA01,E2,1.1,4\\nA01,E3,1.1,"4\\n        | scores.csv line 4: a quoted field that starts on this line is never closed | scores.csv 第 4 行：从该行开始的带引号字段没有结束
            text after a quote    | A01,"E1"x,1.1,4\\n                                 | scores.csv line 2: there is text right after the closing quote of a field | scores.csv 第 2 行：字段的结束引号后紧跟着其他文字
            too few columns       | A01,E1,1.1\\n                                      | scores.csv line 2: the row has 3 fields; it needs 4 | scores.csv 第 2 行：该行有 3 个字段；应为 4 个
            too many columns      | A01,E1,1.1,4,5\\n                                  | scores.csv line 2: the row has 5 fields; it needs 4 | scores.csv 第 2 行：该行有 5 个字段；应为 4 个
            a second mark         | \uFEFF                                             | scores.csv line 1, column 1 (applicant): character 1, U+FEFF, is an invisible | scores.csv 第 1 行第 1 列（applicant）：第 1 个字符 U+FEFF 是不可见字符
            escape in a cell      | A01,E1\u001b[2J,1.1,4\\n                           | scores.csv line 2, column 2 (expert): character 3, U+001B, is a control character | scores.csv 第 2 行第 2 列（expert）：第 3 个字符 U+001B 是控制字符
            """)
    void aMalformedFileIsReportedByFileLineAndWhatIsWrongInBothLanguages(String what, String body, String english,
            String chinese) throws Exception {
        byte[] content = body.startsWith("\uFEFF") ? utf8("\uFEFF\uFEFF" + HEADER) : utf8(HEADER + body);
        List<InputProblem> found = problems(content);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message(Locale.ENGLISH).startsWith(english), found.get(0).message(Locale.ENGLISH));
        assertTrue(found.get(0).message(Locale.SIMPLIFIED_CHINESE).startsWith(chinese),
                found.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            saved as GBK     | GBK      | scores.csv line 2: the line is not UTF-8 text (byte 0x | scores.csv 第 2 行：该行不是 UTF-8 编码（字节 0x
            saved as UTF-16  | UTF-16   | scores.csv: the file is UTF-16 text | scores.csv：该文件是 UTF-16 文本
            """)
    void aFileInAnotherEncodingIsSaidSoWithTheLine(String what, String charset, String english, String chinese)
            throws Exception {
        List<InputProblem> found = problems((HEADER + "A01,专家,1.1,4\n").getBytes(Charset.forName(charset)));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message(Locale.ENGLISH).startsWith(english), found.get(0).message(Locale.ENGLISH));
        assertTrue(found.get(0).message(Locale.SIMPLIFIED_CHINESE).startsWith(chinese),
                found.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    /**
     * A tester's round 14: an office list with empty lines in the middle had the row after them
     * reported at the first empty line ("line 3", where line 3 is blank and the row is on line 6).
     * A row is said at the line an editor shows it on, whatever the line ends.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            three empty lines, LF   | '\n'   | 3 | 6
            one empty line, LF      | '\n'   | 1 | 4
            three empty lines, CRLF | '\r\n' | 3 | 6
            a lone CR               | '\r'   | 2 | 5
            """)
    void aRowAfterEmptyLinesIsSaidAtItsOwnLine(String what, String end, int empty, long line) throws Exception {
        String eol = end.replace("\\r", "\r").replace("\\n", "\n");
        String text = "applicant,expert,indicator,score" + eol + "A01,E1,1.1,4" + eol + eol.repeat(empty)
                + "A01,E2,1.1,x" + eol + "A01,E3,1.1,y" + eol;
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, text);
        CsvTable table = CsvTable.read(file, ScoresCsv.HEADER);
        assertEquals(List.of(2L, line, line + 1), table.rows().stream().map(CsvTable.Row::line).toList(), what);
    }

    @Test
    void binaryGarbageIsNotATable() throws Exception {
        byte[] garbage = new byte[512];
        new java.util.Random(15).nextBytes(garbage);
        garbage[3] = 0;
        List<InputProblem> found = problems(garbage);
        assertEquals(1, found.size(), found.toString());
        String message = found.get(0).message(Locale.ENGLISH);
        assertTrue(message.startsWith("scores.csv line 1: the line is not UTF-8 text")
                || message.startsWith("scores.csv line 1: the file holds binary data"), message);
    }

    @Test
    void aNulInTheHeaderSaysTheFileIsBinary() throws Exception {
        List<InputProblem> found = problems(utf8("app\u0000licant,expert\n"));
        assertEquals("scores.csv line 1: the file holds binary data (a NUL byte), so it is not a CSV table; was another"
                + " file chosen?", found.get(0).message(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            unclosed quote  | A01,"E1,1.1,4\\n
            after a quote   | A01,"E1"x,1.1,4\\n
            control         | A01,E1\u0007,1.1,4\\n
            """)
    void noMessageCarriesAnExceptionsNameOrWords(String what, String body) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (InputProblem problem : problems(utf8(HEADER + body))) {
                String message = problem.message(locale);
                assertFalse(message.contains("Exception") || message.contains("org.apache") || message.contains("java.")
                        || message.contains("startline") || message.contains("encapsulated"), message);
            }
        }
    }

    @Test
    void aFileThatIsNotThereIsNamed() {
        List<InputProblem> found = CsvTable.read(dir.resolve("missing.csv"), ScoresCsv.HEADER).problems();
        assertTrue(found.get(0).message(Locale.ENGLISH).startsWith("missing.csv: the file "), found.toString());
    }

    /** A table of a million rows is the wrong file: refused at the first row past the limit, not read to the end. */
    @Test
    void aTableFarLongerThanASessionsIsRefusedAtTheRowPastTheLimit() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 1; i <= CsvTable.MAX_ROWS + 1; i++) {
            rows.append("A01,E1,1.1,3\n");
        }
        List<InputProblem> found = problems(utf8(rows.toString()));
        assertEquals(1, found.size());
        String expected = "scores.csv line " + (CsvTable.MAX_ROWS + 2) + ": the table goes on past " + CsvTable.MAX_ROWS
                + " rows; a session's table is far shorter, so this is not the file meant.";
        assertEquals(expected.replace(",", ""), found.get(0).message(Locale.ENGLISH).replace(",", ""));
    }

    /** A file wrong on every line gets a list a person can read, ending with why it stops. */
    @Test
    void aFileWrongOnEveryLineListsTheFirstHundredProblemsAndSaysWhyItStopped() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 1; i <= 1000; i++) {
            rows.append("A01,E1\n");
        }
        List<InputProblem> found = problems(utf8(rows.toString()));
        assertEquals(CsvTable.MAX_PROBLEMS + 1, found.size());
        assertTrue(found.get(0).message(Locale.ENGLISH).startsWith("scores.csv line 2:"), found.get(0).message(Locale.ENGLISH));
        assertEquals("scores.csv line 102: reading stopped after 100 problems; correct those (is this the right file?) "
                + "and import it again.", found.get(CsvTable.MAX_PROBLEMS).message(Locale.ENGLISH));
    }
}
