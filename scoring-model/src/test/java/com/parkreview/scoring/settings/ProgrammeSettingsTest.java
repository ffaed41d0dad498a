package com.parkreview.scoring.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeSettingsTest {

    /**
     * The seed's title (《…支持办法 / （试行）》实施细则, broken over two lines, then （征求意见稿）) and
     * the heading of 第七条, copied from seeds/002 into the test resources.
     */
    @Test
    void shijingshanCitationIsTheImplementingRulesTitleAndTheArticleHeadingInTheSeedsWords() throws IOException {
        List<String> lines = seedHeading().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = lines.get(0) + lines.get(1);
        String heading = lines.get(3);
        assertEquals("（征求意见稿）", lines.get(2));
        assertEquals(title + " " + heading, ProgrammeSettings.SHIJINGSHAN.citation());
        assertTrue(ProgrammeSettings.SHIJINGSHAN.citation().contains("（试行）》实施细则 第七条 支持产业运营（政策原文第九条）"));
    }

    @Test
    void citationIsEditablePerProgrammeWithoutTouchingTheRest() {
        ProgrammeSettings edited = ProgrammeSettings.SHIJINGSHAN.withCitation("某区某办法 第三条");
        assertEquals("某区某办法 第三条", edited.citation());
        assertEquals(ProgrammeSettings.SHIJINGSHAN.withCitation(ProgrammeSettings.SHIJINGSHAN.citation()),
                ProgrammeSettings.SHIJINGSHAN);
        assertEquals(ProgrammeSettings.SHIJINGSHAN.annualCap(), edited.annualCap());
        assertEquals(ProgrammeSettings.SHIJINGSHAN.tiers(), edited.tiers());
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource(textBlock = """
            0,   支持项目缺少政策依据（所依据的政策条款）。
            501, 政策依据超过 500 个字。
            """)
    void citationMustBeGivenAndFitTheStore(int length, String message) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ProgrammeSettings.SHIJINGSHAN.withCitation("条".repeat(length)));
        assertEquals(message, refused.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void citationOfTheLongestAllowedLengthIsKept() {
        assertEquals(500, ProgrammeSettings.SHIJINGSHAN.withCitation("条".repeat(500)).citation().length());
    }

    private static String seedHeading() throws IOException {
        try (InputStream in = ProgrammeSettingsTest.class.getResourceAsStream("/seed-002-heading.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A tester's round 13: a tier from 100.01 of 100 points was taken, and every applicant failed. */
    @Test
    void aTierNoPanelScoreCanReachIsRefused() {
        TierScale unreachable = new TierScale(List.of(
                new Tier("a", "A", new java.math.BigDecimal("100.01"), java.math.BigDecimal.ONE),
                new Tier("fail", "不合格", java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO)));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ProgrammeSettings.SHIJINGSHAN.withTiers(unreachable));
        assertEquals("Tier A starts at 100.01 points, above the 100 points the rubric gives at most: no panel score can "
                + "reach it. Give it a minimum of 100 or less.", refused.getMessage(Locale.ENGLISH));
        ProgrammeSettings.SHIJINGSHAN.withTiers(new TierScale(List.of(
                new Tier("a", "A", new java.math.BigDecimal("100"), java.math.BigDecimal.ONE),
                new Tier("fail", "不合格", java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO)))); // 100 can be reached
    }
}
