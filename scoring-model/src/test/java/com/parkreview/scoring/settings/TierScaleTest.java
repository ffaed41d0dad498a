package com.parkreview.scoring.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierScaleTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(textBlock = """
            100.00, excellent, 1.00
             80.00, excellent, 1.00
             79.99, good,      0.70
             79.50, good,      0.70
             60.00, good,      0.70
             59.99, fail,      0.00
              0.00, fail,      0.00
            """)
    void roundedPanelScoreDecidesTheTier(String score, String tier, String share) {
        Tier found = TierScale.DEFAULT.tierFor(new BigDecimal(score));
        assertEquals(tier, found.code());
        assertEquals(share, found.shareText());
    }

    @Test
    void tiersAreKeptHighestFirstWhateverTheOrderGiven() {
        TierScale scale = new TierScale(List.of(
                new Tier("fail", "不合格", BigDecimal.ZERO, BigDecimal.ZERO),
                new Tier("excellent", "优秀", new BigDecimal("80"), BigDecimal.ONE)));
        assertEquals("excellent", scale.tiers().get(0).code());
        assertEquals("fail", scale.tierFor(new BigDecimal("79.99")).code());
    }

    @Test
    void scaleWithoutATierFromZeroIsRefused() {
        assertThrows(ValidationException.class, () -> new TierScale(List.of(
                new Tier("good", "良好", new BigDecimal("60"), new BigDecimal("0.7")))));
    }

    /** A tester's round 5 typed 优秀 70 % and 良好 100 % in the window: accepted, without a word. */
    @Test
    void aHigherTierPaidLessThanALowerOneIsRefusedNamingBoth() {
        ValidationException e = assertThrows(ValidationException.class, () -> new TierScale(List.of(
                new Tier("excellent", "优秀", new BigDecimal("80"), new BigDecimal("0.70")),
                new Tier("good", "良好", new BigDecimal("60"), new BigDecimal("1.00")),
                new Tier("fail", "不合格", BigDecimal.ZERO, BigDecimal.ZERO))));
        assertEquals("档次“优秀”（80 分起）的支持比例 70% 低于其下档次“良好”的 100%：分数更高反而支持更少。"
                + "请让较高档次的比例不低于较低档次。", e.getMessage(Locale.SIMPLIFIED_CHINESE));
        new TierScale(List.of(new Tier("excellent", "优秀", new BigDecimal("80"), new BigDecimal("0.70")),
                new Tier("good", "良好", new BigDecimal("60"), new BigDecimal("0.70")),
                new Tier("fail", "不合格", BigDecimal.ZERO, BigDecimal.ZERO))); // equal shares are a choice, allowed
    }

    @Test
    void shareAboveOneIsRefused() {
        assertThrows(ValidationException.class,
                () -> new Tier("x", "x", BigDecimal.ZERO, new BigDecimal("1.5")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1,   WHOLE
            0.5, HALF
            .5,  HALF
            0.1, TENTH
            """)
    void precisionReadsTheStepAsTyped(String typed, ScorePrecision expected) {
        assertEquals(expected, ScorePrecision.parse(typed));
    }

    @Test
    void unknownPrecisionIsRefusedNamingTheChoices() {
        ValidationException e = assertThrows(ValidationException.class, () -> ScorePrecision.parse("0.25"));
        assertEquals("Score precision \"0.25\" is not allowed; use 1, 0.5 or 0.1.", e.getMessage(java.util.Locale.ENGLISH));
    }

    @Test
    void programmesDifferOnlyInTheCap() {
        assertEquals("1500.00", ProgrammeSettings.SHIJINGSHAN.annualCap().toWanString());
        assertEquals("500.00", ProgrammeSettings.CHAOYANG_PARK_OPERATORS.annualCap().toWanString());
        assertEquals(ProgrammeSettings.SHIJINGSHAN.tiers(), ProgrammeSettings.CHAOYANG_PARK_OPERATORS.tiers());
        assertEquals(3, ProgrammeSettings.SHIJINGSHAN.supportYearsLimit());
    }
}
