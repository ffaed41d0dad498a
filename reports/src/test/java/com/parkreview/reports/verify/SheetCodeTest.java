package com.parkreview.reports.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.SheetStatus;
import com.parkreview.reports.fixture.RealisticSession;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetCodeTest {

    private static final Applicant A03 = RealisticSession.applicant("A03");
    private static final Expert E2 = RealisticSession.expert("E2");

    @Test
    void isTheFirstTwelveHexCharactersOfTheSha256OfTheCanonicalText() {
        // printf 'format=parkreview-sheet-1\nkind=test\nscore.1.1=4.5\n' | sha256sum
        CanonicalContent content = new CanonicalContent().put("score.1.1", new BigDecimal("4.50"))
                .put("kind", "test").put("format", "parkreview-sheet-1");
        assertEquals("a4bf3c6f6878", SheetCode.of(content).value());
    }

    @Test
    void theCodeOfTheCanonicalTextIsTheCodeOfTheContent() {
        CanonicalContent content = CanonicalForms.expertSheet(RealisticSession.HEADER,
                RealisticSession.SETTINGS.rubric(), A03, E2, sheet("4.5", "材料齐全"));
        assertEquals(SheetCode.of(content), SheetCode.ofText(content.text()));
        assertNotEquals(SheetCode.of(content), SheetCode.ofText(content.text().replace("score.1.1=4.5", "score.1.1=4")));
    }

    @Test
    void sameContentGivesTheSameCode() {
        assertEquals(code(sheet("4.5", "材料齐全")), code(sheet("4.50", "材料齐全")));
    }

    @Test
    void changingOneScoreChangesTheCode() {
        assertNotEquals(code(sheet("4.5", "材料齐全")), code(sheet("4.0", "材料齐全")));
    }

    @Test
    void changingACommentChangesTheCode() {
        assertNotEquals(code(sheet("4.5", "材料齐全")), code(sheet("4.5", "材料不全")));
    }

    @Test
    void signingElectronicallyDoesNotChangeTheCode() {
        ScoreSheet draft = sheet("4.5", "材料齐全");
        ScoreSheet signed = new ScoreSheet(draft.applicantId(), draft.expertId(), draft.round(), SheetStatus.SIGNED,
                draft.scores(), draft.comments(), draft.opinion(), Optional.of(LocalDateTime.of(2026, 11, 23, 10, 0)));
        assertEquals(code(draft), code(signed));
    }

    @Test
    void aReReviewIsAnotherSheetWithAnotherCode() {
        ScoreSheet first = sheet("4.5", "材料齐全");
        ScoreSheet second = new ScoreSheet(first.applicantId(), first.expertId(), 2, first.status(), first.scores(),
                first.comments(), first.opinion(), first.signedAt());
        assertNotEquals(code(first), code(second));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            6a21cc9a1659,                   6a21cc9a1659
            6A21CC9A1659,                   6a21cc9a1659
            '6a21 cc9a 1659',               6a21cc9a1659
            PARKREVIEW-SHEET:6a21cc9a1659,  6a21cc9a1659
            parkreview-sheet:6A21CC9A1659,  6a21cc9a1659
            PARKREVIEW-SHEET:6A21CC9A1659/H1412.0123456789AB.89ABCDEF,  6a21cc9a1659
            6A21-CC9A-1659,                 6a21cc9a1659
            '6a21 - cc9a - 1659',           6a21cc9a1659
            ６Ａ２１　ＣＣ９Ａ　１６５９,      6a21cc9a1659
            6a21－cc9a－1659,                6a21cc9a1659
            """)
    void readsACodeAsTypedOrScanned(String typed, String code) {
        assertEquals(Optional.of(new SheetCode(code)), SheetCode.parse(typed));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            6a21cc9a165
            6a21cc9a16590
            6a21cc9a165g
            6a21_cc9a_1659
            ''
            """)
    void refusesWhatIsNotACode(String typed) {
        assertTrue(SheetCode.parse(typed).isEmpty());
    }

    private static String code(ScoreSheet sheet) {
        return SheetCode.of(CanonicalForms.expertSheet(RealisticSession.HEADER, RealisticSession.SETTINGS.rubric(), A03,
                E2, sheet)).value();
    }

    private static ScoreSheet sheet(String firstScore, String firstComment) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>(
                RealisticSession.sheet("A03", "E2", 1, SheetStatus.DRAFT, "4.5 4 4 4 4 4.5 8 7.5 12 12 4 4 8", "意见",
                        LocalDateTime.MIN).scores());
        scores.put("1.1", new BigDecimal(firstScore));
        return new ScoreSheet("A03", "E2", 1, SheetStatus.DRAFT, scores, Map.of("1.1", firstComment), "评价意见",
                Optional.empty());
    }
}
