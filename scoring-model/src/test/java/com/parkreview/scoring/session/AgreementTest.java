package com.parkreview.scoring.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.parkreview.scoring.Sheets;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static ApplicantEntry applicant(String id, String totals) {
        List<ExpertSheet> sheets = Sheets.fromTotals(totals);
        return new ApplicantEntry(id, "", Optional.empty(), ApplicantFunding.NONE, 0, sheets);
    }

    /**
     * Four complete applicants × three experts; A5 has a recusal and stays out of the figures.
     *
     * <pre>
     *          E1  E2  E3 | row sum
     *   A1     82  78  85 | 245
     *   A2     65  60  61 | 186
     *   A3     90  88  93 | 271
     *   A4     55  62  58 | 175
     *   col   292 288 297 | 877,  Σx² = 66305,  n = 4, k = 3
     *
     *   correction = 877² / 12          = 769129/12
     *   SSR = (245²+186²+271²+175²)/3 − correction = 25619/12
     *   SSC = (292²+288²+297²)/4 − correction        = 61/6
     *   SST = 66305 − correction                    = 26491/12;  SSE = SST − SSR − SSC = 395/6
     *   MSR = 25619/36, MSC = 61/12, MSE = 395/36
     *   ICC(A,1) = (MSR − MSE) / (MSR + 2·MSE + 3(MSC − MSE)/4) = 4204/4375 = 0.96091…
     *   ICC(A,k) = (MSR − MSE) / (MSR + (MSC − MSE)/4)          = 4204/4261 = 0.98662…
     *
     *   ranks  E1: 3 2 4 1   E2: 3 1 4 2   E3: 3 2 4 1   →  R = 9 5 12 4, mean 7.5
     *   S = 1.5² + 2.5² + 4.5² + 3.5² = 41;  W = 12·41 / (3²·(4³ − 4)) = 41/45 = 0.91111…
     * </pre>
     */
    private static final List<ApplicantEntry> PANEL = List.of(
            applicant("A1", "82;78;85"),
            applicant("A2", "65;60;61"),
            applicant("A3", "90;88;93"),
            applicant("A4", "55;62;58"),
            applicant("A5", "70;R;75"));

    @Test
    void iccAndKendallsWMatchTheHandComputation() {
        AgreementFigures figures = new SessionMerger(ProgrammeSettings.SHIJINGSHAN).merge(PANEL, Optional.empty()).agreement();
        assertEquals(4, figures.applicants());
        assertEquals(3, figures.experts());
        assertEquals(new BigDecimal("0.9609"), figures.totals().single().orElseThrow());
        assertEquals(new BigDecimal("0.9866"), figures.totals().average().orElseThrow());
        assertEquals(new BigDecimal("0.9111"), figures.kendallW().orElseThrow());
        assertEquals(13, figures.byIndicator().size());
    }

    @Test
    void iccMatchesShroutAndFleissPublishedExample() {
        // Shrout & Fleiss (1979), Table 2: six targets, four judges; ICC(2,1) = .29, ICC(2,4) = .62.
        RatingMatrix matrix = matrix("9 2 5 8", "6 1 3 2", "8 4 6 8", "7 1 2 6", "10 5 6 9", "6 2 4 7");
        AgreementFigures.Icc icc = matrix.icc();
        assertEquals(new BigDecimal("0.2898"), icc.single().orElseThrow());
        assertEquals(new BigDecimal("0.6201"), icc.average().orElseThrow());
    }

    @Test
    void kendallsWCorrectsForTies() {
        // Two raters, three subjects: ranks (2.5, 2.5, 1) and (1, 2.5, 2.5); R = 3.5, 5, 3.5, mean 4;
        // S = 0.25 + 1 + 0.25 = 1.5; ΣT = 6 + 6; W = 12·1.5 / (4·24 − 2·12) = 18/72 = 0.25.
        assertEquals(new BigDecimal("0.2500"), matrix("80 70", "80 75", "60 75").kendallW().orElseThrow());
    }

    @Test
    void identicalRatingsLeaveIccNotComputable() {
        AgreementFigures.Icc icc = matrix("80 80", "80 80").icc();
        assertFalse(icc.single().isPresent());
    }

    /** A tester's window walk 9: two applicants scored by the whole panel printed ICC(A,k) = -198.7500. */
    @Test
    void twoCompleteApplicantsAreTooFewForAFigure() {
        AgreementFigures figures = new SessionMerger(ProgrammeSettings.SHIJINGSHAN)
                .merge(List.of(applicant("A1", "80;70;75"), applicant("A2", "81;70.5;74")), Optional.empty())
                .agreement();
        assertEquals(2, figures.applicants());
        assertFalse(figures.computable());
        assertEquals(Optional.empty(), figures.totals().average());
    }

    @Test
    void fewerThanTwoCompleteApplicantsIsNotComputable() {
        AgreementFigures figures = new SessionMerger(ProgrammeSettings.SHIJINGSHAN)
                .merge(List.of(applicant("A1", "80;70;75"), applicant("A2", "80;R;75")), Optional.empty())
                .agreement();
        assertFalse(figures.computable());
        assertEquals(Optional.empty(), figures.totals().single());
        assertEquals(Optional.empty(), figures.kendallW());
    }

    @Test
    void leniencyIsTheMeanDifferenceFromThePanelScore() {
        // Panel scores 81.67, 62.00, 90.33, 58.33 (A5 counts too: 72.50 from E1 and E3 … no: two valid, incomplete).
        // E1: (0.33 + 3 − 0.33 − 3.33) / 4 = −0.0825 → −0.08
        // E2: (−3.67 − 2 − 2.33 + 3.67) / 4 = −1.0825 → −1.08
        // E3: (3.33 − 1 + 2.67 − 0.33) / 4 = 1.1675 → 1.17
        List<ExpertLeniency> leniency = new SessionMerger(ProgrammeSettings.SHIJINGSHAN)
                .merge(PANEL, Optional.empty()).leniency();
        assertEquals("E1 4 -0.08|E2 4 -1.08|E3 4 1.17", leniency.stream()
                .map(l -> l.expertId() + " " + l.applicants() + " " + l.meanDifference().orElseThrow().toPlainString())
                .collect(Collectors.joining("|")));
    }

    private static RatingMatrix matrix(String... rows) {
        return new RatingMatrix(Arrays.stream(rows)
                .map(r -> Arrays.stream(r.split(" ")).map(BigDecimal::new).toList())
                .toList());
    }
}
