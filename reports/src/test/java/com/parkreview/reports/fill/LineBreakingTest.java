package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.fixture.RenderedPacks.Rendered;
import com.parkreview.reports.fixture.RenderedPacks;
import com.parkreview.reports.pdf.PdfRuns;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chinese line breaking (禁则) on every printed line of both sessions' packs: no line begins with
 * closing punctuation (）》」”、。，；：？！ …) and none ends with opening punctuation (（《「“ …).
 */
class LineBreakingTest {

    /** Marks that may not begin a line. */
    private static final String CLOSING = "）］｝〕〉》」』】〗〙’”、。，．：；？！…)]}";
    /** Marks that may not end a line. */
    private static final String OPENING = "（［｛〔〈《「『【〖〘‘“([{";

    static Stream<Rendered> packs() {
        return RenderedPacks.both().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void noLineBeginsWithClosingOrEndsWithOpeningPunctuation(Rendered rendered) {
        List<String> lines = PdfRuns.of(rendered.pdf(), 1, Integer.MAX_VALUE).runs();
        assertTrue(lines.size() > 100, "the pack prints its lines: " + lines.size());
        List<String> broken = lines.stream().map(String::strip).filter(l -> !l.isEmpty())
                .filter(LineBreakingTest::againstTheRules)
                .toList();
        assertEquals(List.of(), broken, rendered.name() + ": lines broken against the rules");
    }

    /** The check above sees a line broken against the rules. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ）以上承诺以本表签名为准。 | true
            本人承诺：遵守评审工作纪律（ | true
            本人承诺：遵守评审工作纪律 | false
            """)
    void aLineAgainstTheRulesIsSeen(String line, boolean broken) {
        assertEquals(broken, againstTheRules(line));
    }

    /** A run is a printed line, as drawn: a 200-character name is printed on several. */

    @Test
    void wrappedCellsArePrintedLineByLine() {
        Rendered longest = RenderedPacks.longestNames();
        List<String> lines = PdfRuns.of(longest.pdf(), 1, longest.sheets().get(0).pages()).runs();
        String session = longest.pack().signIn().header().sessionName();
        assertTrue(lines.stream().noneMatch(l -> l.strip().equals(session)), "a 200-character name wraps");
        assertTrue(lines.stream().anyMatch(l -> session.startsWith(l.strip()) && l.strip().length() > 20), lines.toString());
    }

    private static boolean againstTheRules(String line) {
        return CLOSING.indexOf(line.codePointAt(0)) >= 0 || OPENING.indexOf(line.codePointAt(line.length() - 1)) >= 0;
    }
}
