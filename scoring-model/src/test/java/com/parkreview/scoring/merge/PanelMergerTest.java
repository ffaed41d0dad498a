package com.parkreview.scoring.merge;

import static com.parkreview.scoring.Sheets.withTotal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.scoring.Sheets;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelMergerTest {

    private static final ProgrammeSettings TENTHS = ProgrammeSettings.SHIJINGSHAN.withPrecision(ScorePrecision.TENTH);


    private static ApplicantResult merge(ProgrammeSettings settings, String totals) {
        return new PanelMerger(settings).merge("A1", Sheets.fromTotals(totals), ApplicantFunding.NONE);
    }

    @ParameterizedTest(name = "{0} with {1}: panel {2}, {3}")
    @CsvSource(textBlock = """
            # totals (0.1 precision);                    rule,     panel score, tier
            80;80;80;80;80;80;80,                         MEAN,     80.00, excellent
            80;80;80;80;80;80;79.9,                       MEAN,     79.99, good
            60;60;60;60;60;60;60,                         MEAN,     60.00, good
            60;60;60;60;60;60;59.9,                       MEAN,     59.99, fail
            79.5;79.5;79.5,                               MEAN,     79.50, good
            # four experts whose mean is x.xx5: HALF_UP at the third decimal (HALF_EVEN would give 79.52)
            79.5;79.5;79.5;79.6,                          MEAN,     79.53, good
            79.9;80;80;80,                                MEAN,     79.98, good
            70.1;70;70;70,                                MEAN,     70.03, good
            # trimmed mean with five valid experts drops one highest and one lowest total
            50;70;72;74;95,                               TRIMMED_MEAN, 72.00, good
            50;70;72;74;95,                               MEAN,         72.20, good
            # and falls back to the plain mean with four (one recused)
            50;70;R;74;95,                                TRIMMED_MEAN, 72.25, good
            # recusals down to three experts still give a panel score
            R;82;R;84;86,                                 MEAN,     84.00, excellent
            """)
    void panelScoreAndTierFollowRulesFourAndFive(String totals, AggregationRule rule, String score, String tier) {
        ApplicantResult result = merge(TENTHS.withRule(rule), totals);
        PanelOutcome outcome = result.outcome().orElseThrow();
        assertEquals(score, outcome.panelScore().toPlainString());
        assertEquals(tier, outcome.tier().code());
    }

    @Test
    void recusalsDownToTwoExpertsLeaveTheApplicantIncomplete() {
        ApplicantResult result = merge(ProgrammeSettings.SHIJINGSHAN, "R;82;R;84;R");
        assertFalse(result.complete());
        assertEquals(2, result.validExperts());
        assertEquals(List.of("E1", "E3", "E5"), result.recusedExperts());
        assertEquals(Optional.empty(), result.panelScore());
    }

    @Test
    void expertTotalIsTheExactSumOfTheThirteenScores() {
        ExpertSheet sheet = Sheets.withScores("E1", "4.5", "4", "3.5", "5", "4.5", "5", "8.5", "7", "12.5", "11", "4", "3.5", "8");
        assertEquals("81.0", sheet.total().toPlainString());
        ApplicantResult result = new PanelMerger(ProgrammeSettings.SHIJINGSHAN)
                .merge("A1", List.of(sheet, withTotal("E2", "80"), withTotal("E3", "82")), ApplicantFunding.NONE);
        assertEquals(new BigDecimal("81.0"), result.expertTotal("E1").orElseThrow());
    }

    @Test
    void indicatorAndDimensionMeansAreOverTheValidExperts() {
        List<ExpertSheet> sheets = List.of(
                Sheets.atShare("E1", "1"), Sheets.atShare("E2", "0.5"), Sheets.atShare("E3", "0.6"),
                ExpertSheet.recusal("E4"));
        ApplicantResult result = new PanelMerger(TENTHS).merge("A1", sheets, ApplicantFunding.NONE);
        assertEquals("3.50", result.indicatorMeans().get("1.1").toPlainString()); // (5 + 2.5 + 3) / 3
        assertEquals("7.00", result.indicatorMeans().get("3.1").toPlainString()); // (10 + 5 + 6) / 3
        assertEquals("21.00", result.dimensionMeans().get("4").toPlainString()); // (30 + 15 + 18) / 3
        assertEquals(13, result.indicatorMeans().size());
    }

    @ParameterizedTest(name = "score {0}, applied {1}, received {2} → {3} 万元")
    @CsvSource(textBlock = """
            # panel score, applied (blank: none), received this year, amount
            85.00, ,        0,      1500.00
            70.00, ,        0,      1050.00
            59.99, ,        0,      0.00
            85.00, 1000,    0,      1000.00
            70.00, 1000,    0,      700.00
            70.00, 2000,    0,      1050.00
            # 就高 / 差额支持: only the difference to what was already received is paid
            70.00, 1000,    200,    500.00
            85.00, ,        300.5,  1199.50
            70.00, 1000,    800,    0.00
            59.00, ,        100,    0.00
            # applied for less than a hundred-yuan multiple: truncated, never above the share
            70.00, 833.333, 0,      583.33
            """)
    void proposedAmountFollowsRuleSix(String score, String applied, String received, String amount) {
        ApplicantFunding funding = new ApplicantFunding(Optional.ofNullable(applied).map(Money::wan), Money.wan(received));
        PanelOutcome outcome = new PanelMerger(ProgrammeSettings.SHIJINGSHAN).outcome(new BigDecimal(score), funding);
        assertEquals(amount, outcome.amount().toWanString());
    }

    @Test
    void chaoyangCapIsFiveHundred() {
        PanelOutcome outcome = new PanelMerger(ProgrammeSettings.CHAOYANG_PARK_OPERATORS)
                .outcome(new BigDecimal("65"), ApplicantFunding.NONE);
        assertEquals("350.00", outcome.amount().toWanString());
    }

    @Test
    void roundingHappensOnceFromTheExactMean() {
        // 79.99 and 80.00 average to 79.995 exactly, which rounds HALF_UP to 80.00: 优秀.
        BigDecimal mean = PanelScore.mean(Arrays.asList(new BigDecimal("79.99"), new BigDecimal("80.00")), 2);
        assertEquals("80.00", mean.toPlainString());
        assertEquals("excellent", ProgrammeSettings.SHIJINGSHAN.tiers().tierFor(mean).code());
    }

    @Test
    void sheetMissingAnIndicatorIsRefused() {
        ExpertSheet partial = ExpertSheet.scored("E1", java.util.Map.of("1.1", BigDecimal.ONE));
        ValidationException e = assertThrows(ValidationException.class,
                () -> new PanelMerger(ProgrammeSettings.SHIJINGSHAN).merge("A1", List.of(partial), ApplicantFunding.NONE));
        assertEquals("Applicant A1, expert E1: no score for indicator 1.2; a sheet needs every indicator.",
                e.getMessage(java.util.Locale.ENGLISH));
    }

    @Test
    void scoreOffTheSessionStepIsRefused() {
        ExpertSheet tenths = Sheets.withTotal("E1", "80.3");
        assertThrows(ValidationException.class, () -> new PanelMerger(ProgrammeSettings.SHIJINGSHAN)
                .merge("A1", List.of(tenths), ApplicantFunding.NONE));
        assertTrue(new PanelMerger(TENTHS).merge("A1", List.of(tenths), ApplicantFunding.NONE).flags().isEmpty());
    }

    @Test
    void twoSheetsFromOneExpertAreRefused() {
        assertThrows(ValidationException.class, () -> new PanelMerger(ProgrammeSettings.SHIJINGSHAN)
                .merge("A1", List.of(withTotal("E1", "80"), withTotal("E1", "70")), ApplicantFunding.NONE));
    }
}
