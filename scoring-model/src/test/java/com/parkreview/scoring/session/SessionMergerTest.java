package com.parkreview.scoring.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.scoring.Sheets;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SessionMergerTest {

    private static final SessionMerger MERGER = new SessionMerger(ProgrammeSettings.SHIJINGSHAN);

    /** An applicant whose experts E1, E2, … gave these totals ("R": recused), supported before in {@code prior} years. */
    private static ApplicantEntry applicant(String id, String totals, int prior) {
        List<ExpertSheet> sheets = Sheets.fromTotals(totals);
        return new ApplicantEntry(id, "单位" + id, Optional.empty(), ApplicantFunding.NONE, prior, sheets);
    }

    private static final List<ApplicantEntry> SESSION = List.of(
            applicant("A6", "50;50;50", 0),
            applicant("A3", "70;70;70", 0),
            applicant("A5", "90;R;R", 0),
            applicant("A1", "85;85;85", 2),
            applicant("A4", "60;60;60", 3),
            applicant("A2", "70;70;70", 0));

    private static String table(SessionResult result) {
        return result.rows().stream()
                .map(r -> r.applicant().id() + " "
                        + (r.rank().isPresent() ? r.rank().getAsInt() : "-") + " "
                        + r.runningTotal().map(Money::toWanString).orElse("-") + " "
                        + String.join(",", r.flagCodes()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * A2 and A3 tie at 70.00 and the budget runs out between them: a tester's round 10 saw A2 put
     * within the budget and A3 past it only because "A2" sorts first. Both are marked, as the
     * committee's to decide (rule 7), and the line is drawn above them.
     */
    @Test
    void equalScoresShareARankListedByIdWithIncompleteLastAndTheBudgetLineMarked() {
        SessionResult result = MERGER.merge(SESSION, Optional.of(Money.wan("3000")));
        assertEquals("""
                A1 1 1500.00\s
                A2 2 2550.00 over_budget,budget_tie
                A3 2 3600.00 over_budget,budget_tie
                A4 4 4650.00 period_exceeded,over_budget
                A6 5 4650.00\s
                A5 - -\s""", table(result));
    }

    @Test
    void rowWithNothingProposedIsNeverMarkedOverBudget() {
        SessionResult result = MERGER.merge(SESSION, Optional.of(Money.wan("100")));
        RankedApplicant failing = result.row("A6").orElseThrow();
        assertEquals(Money.ZERO, failing.result().outcome().orElseThrow().amount());
        assertFalse(failing.overBudget());
        assertTrue(result.row("A1").orElseThrow().overBudget());
    }

    @Test
    void budgetReachedExactlyIsNotPassed() {
        SessionResult result = MERGER.merge(SESSION, Optional.of(Money.wan("1500")));
        assertFalse(result.row("A1").orElseThrow().overBudget());
        assertTrue(result.row("A2").orElseThrow().overBudget());
        assertFalse(result.row("A2").orElseThrow().tiedAtBudgetLine(), "the whole tie is past the line: no tie at it");
    }

    @Test
    void withoutABudgetNothingIsMarked() {
        SessionResult result = MERGER.merge(SESSION, Optional.empty());
        assertTrue(result.rows().stream().noneMatch(RankedApplicant::overBudget));
        assertEquals("4650.00", result.totalProposed().toWanString());
    }

    @Test
    void fourthYearOfSupportIsFlagged() {
        SessionResult result = MERGER.merge(SESSION, Optional.empty());
        assertTrue(result.row("A4").orElseThrow().periodExceeded());
        assertFalse(result.row("A1").orElseThrow().periodExceeded());
    }

    @Test
    void incompleteApplicantHasNoRankAndNoRunningTotal() {
        RankedApplicant incomplete = MERGER.merge(SESSION, Optional.empty()).row("A5").orElseThrow();
        assertEquals(OptionalInt.empty(), incomplete.rank());
        assertEquals(Optional.empty(), incomplete.runningTotal());
    }

    /**
     * A tester's round 6 ordered E2's re-review of an applicant and merged at once: the four other
     * sheets ranked it first with the whole amount. While a re-review is awaited there is no panel
     * score, no rank and no money, and the expert awaited is named.
     */
    @Test
    void anApplicantAwaitingAReReviewHasNoPanelScoreYet() {
        ApplicantEntry awaited = new ApplicantEntry("A7", "单位A7", Optional.empty(), ApplicantFunding.NONE, 0,
                Sheets.fromTotals("85;85;85;85"), List.of("E5"));
        RankedApplicant row = MERGER.merge(List.of(awaited, applicant("A2", "70;70;70", 0)), Optional.empty())
                .row("A7").orElseThrow();
        assertEquals(OptionalInt.empty(), row.rank());
        assertEquals(Optional.empty(), row.result().outcome());
        assertEquals(4, row.result().validExperts());
        assertEquals(List.of("E5"), row.result().awaitingReReview());
    }

    /**
     * A tester's round 10 printed a results list on four of five experts' sheets: the fifth, not
     * recused, had sent none, and nothing said so (A05 at 80.00 优秀, 1499.99 万元; 79.90 良好,
     * 1049.99 万元 when the fifth came). Until every sheet of the panel counts there is no panel
     * score, and the experts awaited are named in the row's flags.
     */
    @Test
    void anApplicantWhosePanelOwesASheetHasNoPanelScoreYet() {
        ApplicantEntry owed = new ApplicantEntry("A7", "单位A7", Optional.empty(), ApplicantFunding.NONE, 0,
                Sheets.fromTotals("80;80;80;80"), List.of(), List.of("E5"));
        SessionResult result = MERGER.merge(List.of(owed, applicant("A2", "70;70;70", 0)), Optional.empty());
        RankedApplicant row = result.row("A7").orElseThrow();
        assertEquals(OptionalInt.empty(), row.rank());
        assertEquals(Optional.empty(), row.result().outcome());
        assertEquals(4, row.result().validExperts());
        assertEquals(List.of("sheet_awaited:E5"), row.flagCodes());
        assertEquals(OptionalInt.of(1), result.row("A2").orElseThrow().rank());
    }

    @Test
    void sameApplicantTwiceIsRefused() {
        assertThrows(ValidationException.class, () -> MERGER.merge(
                List.of(applicant("A1", "80;80;80", 0), applicant("A1", "70;70;70", 0)), Optional.empty()));
    }
}
