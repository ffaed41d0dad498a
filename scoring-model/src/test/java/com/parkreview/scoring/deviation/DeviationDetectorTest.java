package com.parkreview.scoring.deviation;

import static com.parkreview.scoring.Sheets.withScores;
import static com.parkreview.scoring.Sheets.withTotal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.parkreview.scoring.Sheets;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ApplicantResult;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.merge.PanelMerger;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviationDetectorTest {

    private static final ProgrammeSettings SETTINGS = ProgrammeSettings.SHIJINGSHAN.withPrecision(ScorePrecision.TENTH);

    private static List<String> flags(ProgrammeSettings settings, List<ExpertSheet> sheets) {
        ApplicantResult result = new PanelMerger(settings).merge("A1", sheets, ApplicantFunding.NONE);
        return result.flags().stream().map(DeviationFlag::code).toList();
    }


    /**
     * Totals only: withTotal fills the indicators in order, so totals that differ by much also
     * differ on single indicators; these cases use totals whose indicator scores stay close.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            # totals;                 expert outliers (| separated, - for none)
            85;85;85;85;85,           -
            # 15 points from the median 85 is obvious deviation, 14.9 is not
            85;85;85;85;70,           expert_outlier:E5
            85;85;85;85;70.1,         -
            # the median, not the mean: E1 is 15 from the mean 70 but level with the median 85
            85;85;85;55;40,           expert_outlier:E4|expert_outlier:E5
            # above the median too
            70;70;70;70;85,           expert_outlier:E5
            # recused experts are not counted
            85;R;85;70;85,            expert_outlier:E4
            """)
    void expertOutlierIsMeasuredFromTheMedianTotal(String totals, String expected) {
        List<String> found = flags(SETTINGS, Sheets.fromTotals(totals)).stream()
                .filter(f -> f.startsWith("expert_outlier")).toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split("\\|")), found);
    }

    @Test
    void indicatorOutlierIsFortyPercentOfTheMaximumFromTheMedian() {
        // Indicator 1.1 (max 5): threshold 2. E4 at 1 is 2 below the median 3; E5 at 4.5 is 1.5 above.
        // Indicator 3.1 (max 10): threshold 4. E5 at 10 is 4 above the median 6.
        List<ExpertSheet> sheets = List.of(
                withScores("E1", "3", "4", "4", "4", "4", "4", "6", "8", "12", "12", "4", "4", "8"),
                withScores("E2", "3", "4", "4", "4", "4", "4", "6", "8", "12", "12", "4", "4", "8"),
                withScores("E3", "3", "4", "4", "4", "4", "4", "6", "8", "12", "12", "4", "4", "8"),
                withScores("E4", "1", "4", "4", "4", "4", "4", "6", "8", "12", "12", "4", "4", "8"),
                withScores("E5", "4.5", "4", "4", "4", "4", "4", "10", "8", "12", "12", "4", "4", "8"));
        assertEquals(List.of("indicator_outlier:E4:1.1", "indicator_outlier:E5:3.1"), flags(SETTINGS, sheets).stream()
                .filter(f -> f.startsWith("indicator_outlier")).toList());
    }

    @Test
    void thresholdsAreSessionSettings() {
        ProgrammeSettings strict = SETTINGS.withThresholds(new DeviationThresholds(new BigDecimal("10"), new BigDecimal("0.4")));
        assertEquals(List.of("expert_outlier:E5"), flags(strict, Sheets.fromTotals("85;85;85;85;75")).stream()
                .filter(f -> f.startsWith("expert")).toList());
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(textBlock = """
            # totals;             rule,          flags
            # all five in one tier, and no one expert moves the panel across 80
            85;86;84;85;85,       MEAN,          -
            # experts in different tiers; the panel 80.00 drops to 79.75 without E1
            81;80;79;80;80,       MEAN,          tier_split|tier_sensitive
            # split, but robust: whoever is left out the mean stays good
            79;70;70;70;70,       MEAN,          -
            78;81;70;70;70,       MEAN,          tier_split
            # trimmed panel 80.00 (drop 90 and 75); without E2 (75) the other four average 82.5: still excellent;
            # without E1 (90) they average 78.75: good
            90;75;80;80;80,       TRIMMED_MEAN,  tier_split|tier_sensitive
            """)
    void tierSplitAndTierSensitivity(String totals, AggregationRule rule, String expected) {
        List<String> found = flags(SETTINGS.withRule(rule), Sheets.fromTotals(totals)).stream()
                .filter(f -> f.startsWith("tier")).toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split("\\|")), found);
    }

    @Test
    void tierSensitiveNamesTheExpertsWhoseAbsenceChangesTheTier() {
        ApplicantResult result = new PanelMerger(SETTINGS).merge("A1", Sheets.fromTotals("81;80;79;80;80"), ApplicantFunding.NONE);
        TierSensitive flag = result.flags().stream()
                .filter(TierSensitive.class::isInstance).map(TierSensitive.class::cast).findFirst().orElseThrow();
        assertEquals(1, flag.changes().size());
        assertEquals("E1", flag.changes().get(0).expertId());
        assertEquals("79.75", flag.changes().get(0).scoreWithout().toPlainString());
        assertEquals("good", flag.changes().get(0).tierWithout().code());
    }

    /** Round 20: "E1 优秀，E2 优秀" inside an English sentence; each language joins the list its own way. */
    @Test
    void theTiersByExpertAreJoinedAsEachLanguageJoinsAList() {
        ApplicantResult result = new PanelMerger(SETTINGS).merge("A1", Sheets.fromTotals("81;80;79;80;80"), ApplicantFunding.NONE);
        DeviationFlag split = result.flags().stream().filter(TierSplit.class::isInstance).findFirst().orElseThrow();
        DeviationFlag sensitive = result.flags().stream().filter(TierSensitive.class::isInstance).findFirst().orElseThrow();
        assertEquals("The experts' own totals fall into different tiers: E1 优秀, E2 优秀, E3 良好, E4 优秀, E5 优秀.",
                split.explanation().in(Locale.ENGLISH));
        assertEquals("The tier (优秀) changes if one expert is left out: E1 → 79.75 良好.", sensitive.explanation().in(Locale.ENGLISH));
        assertTrue(split.explanation().in(Locale.SIMPLIFIED_CHINESE).contains("E1 优秀，E2 优秀，E3 良好"),
                split.explanation().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void incompletePanelIsNotJudgedForTierSensitivity() {
        List<String> found = flags(SETTINGS, Sheets.fromTotals("81;R;79;R;R"));
        assertEquals(List.of("tier_split"), found);
    }

    /** The figures as the sheets print them, in the session's step: 70.0, not 70 (round 20: "得分 2 与中位数 4" beside 2.0 and 4.0). */
    @Test
    void explanationGivesTheFiguresInChinese() {
        ApplicantResult result = new PanelMerger(SETTINGS).merge("A1", Sheets.fromTotals("85;85;85;85;70"), ApplicantFunding.NONE);
        DeviationFlag flag = result.flags().get(0);
        assertInstanceOf(ExpertOutlier.class, flag);
        assertEquals("专家 E5：总分 70.0 与专家组中位数 85.0 相差 15.0 分（阈值 15 分）。",
                flag.explanation().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anIndicatorFlagPrintsItsScoresInTheSessionsStep() {
        IndicatorOutlier whole = new IndicatorOutlier("E5", "1.3", SETTINGS.precision().shown(new BigDecimal("2")),
                SETTINGS.precision().shown(new BigDecimal("4")), new BigDecimal("2"));
        assertEquals("专家 E5，指标 1.3：得分 2.0 与中位数 4.0 相差 2.0（阈值 2）。", whole.explanation().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("4.25", SETTINGS.precision().shown(new BigDecimal("4.250")).toPlainString());
        assertEquals("80", ScorePrecision.WHOLE.shown(new BigDecimal("80.0")).toPlainString());
        assertEquals("80.0", ScorePrecision.TENTH.shown(new BigDecimal("80")).toPlainString());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3,          3
            1;3;2,      2
            4;1;3;2,    2.5
            70;85.5,    77.75
            """)
    void medianIsExact(String values, String expected) {
        List<BigDecimal> list = java.util.Arrays.stream(values.split(";")).map(BigDecimal::new).toList();
        assertEquals(expected, Median.of(list).toPlainString());
    }
}
