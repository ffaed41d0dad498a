package com.parkreview.scoring.session;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.deviation.PeriodExceeded;
import com.parkreview.scoring.deviation.SupportedThisYear;
import com.parkreview.scoring.merge.ApplicantResult;
import com.parkreview.scoring.merge.PanelMerger;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Merges a whole session: every applicant's panel, the ranking, the running total against the
 * budget (rule 7: marked, never cut), the support-period check (rule 8), the agreement figures
 * and each expert's leniency.
 */
public final class SessionMerger {

    private static final Comparator<RankedRow> BY_SCORE_THEN_ID = Comparator
            .comparing((RankedRow r) -> r.outcome().panelScore(), Comparator.reverseOrder())
            .thenComparing(r -> r.entry().id());

    private final ProgrammeSettings settings;
    private final PanelMerger panel;

    public SessionMerger(ProgrammeSettings settings) {
        this.settings = settings;
        this.panel = new PanelMerger(settings);
    }

    public SessionResult merge(List<ApplicantEntry> applicants, Optional<Money> budget) {
        Set<String> ids = new HashSet<>();
        for (ApplicantEntry applicant : applicants) {
            if (!ids.add(applicant.id())) {
                throw new ValidationException(LocalizedText.of("merge.duplicateApplicant", applicant.id()));
            }
        }
        List<RankedRow> complete = new ArrayList<>();
        List<RankedRow> incomplete = new ArrayList<>();
        for (ApplicantEntry applicant : applicants) {
            ApplicantResult result = panel.merge(applicant.id(), applicant.sheets(), applicant.funding(),
                    applicant.awaitingReReview(), applicant.awaitingSheets());
            if (periodExceeded(applicant)) {
                result = result.withFlag(new PeriodExceeded(applicant.priorSupportYears(), settings.supportYearsLimit()));
            }
            Money received = applicant.funding().receivedThisYear();
            if (applicant.supportRecordedThisYear().isGreaterThan(received)) {
                result = result.withFlag(new SupportedThisYear(applicant.supportRecordedThisYear(), received));
            }
            (result.complete() ? complete : incomplete).add(new RankedRow(applicant, result));
        }
        complete.sort(BY_SCORE_THEN_ID);
        incomplete.sort(Comparator.comparing(r -> r.entry().id()));

        List<RankedApplicant> rows = new ArrayList<>();
        List<Money> runningTotals = new ArrayList<>();
        List<Boolean> over = new ArrayList<>();
        Money running = Money.ZERO;
        for (RankedRow row : complete) {
            Money amount = row.outcome().amount();
            running = running.plus(amount);
            final Money runningTotal = running;
            runningTotals.add(running);
            over.add(!amount.isZero() && budget.map(runningTotal::isGreaterThan).orElse(false));
        }
        List<Boolean> tied = tiedAtTheBudgetLine(complete, over);
        for (int position = 0; position < complete.size(); position++) {
            RankedRow row = complete.get(position);
            rows.add(new RankedApplicant(row.entry(), row.result(), OptionalInt.of(competitionRank(complete, position)),
                    Optional.of(runningTotals.get(position)), over.get(position) || tied.get(position),
                    periodExceeded(row.entry()), tied.get(position)));
        }
        for (RankedRow row : incomplete) {
            rows.add(new RankedApplicant(row.entry(), row.result(), OptionalInt.empty(), Optional.empty(), false,
                    periodExceeded(row.entry())));
        }
        return new SessionResult(rows, budget, running, AgreementCalculator.compute(applicants, settings.rubric()),
                leniency(applicants, rows));
    }

    /**
     * The rows of a group of equal panel scores that the budget line cuts through: some of the group
     * within the budget, some past it, only because of the order their codes sort in (a tester's
     * round 10: A01 and A02 both 85.00, A01 in and A02 out). Rule 7 leaves that to the committee: each
     * funded row of such a group is marked, and counts as past the line.
     */
    private static List<Boolean> tiedAtTheBudgetLine(List<RankedRow> sorted, List<Boolean> over) {
        List<Boolean> tied = new ArrayList<>();
        for (int position = 0; position < sorted.size(); position++) {
            BigDecimal score = sorted.get(position).outcome().panelScore();
            boolean someIn = false;
            boolean someOver = false;
            for (int other = 0; other < sorted.size(); other++) {
                if (sorted.get(other).outcome().panelScore().compareTo(score) == 0
                        && !sorted.get(other).outcome().amount().isZero()) {
                    someIn |= !over.get(other);
                    someOver |= over.get(other);
                }
            }
            tied.add(someIn && someOver && !sorted.get(position).outcome().amount().isZero());
        }
        return tied;
    }

    /** 1-2-2-4: one more than the number of applicants with a strictly higher panel score. */
    private static int competitionRank(List<RankedRow> sorted, int position) {
        BigDecimal score = sorted.get(position).outcome().panelScore();
        int first = position;
        while (first > 0 && sorted.get(first - 1).outcome().panelScore().compareTo(score) == 0) {
            first--;
        }
        return first + 1;
    }

    /** Rule 8: supported in as many earlier years as the limit allows, so this would be one too many. */
    private boolean periodExceeded(ApplicantEntry applicant) {
        return applicant.priorSupportYears() >= settings.supportYearsLimit();
    }

    private static List<ExpertLeniency> leniency(List<ApplicantEntry> applicants, List<RankedApplicant> rows) {
        Set<String> experts = new LinkedHashSet<>();
        applicants.forEach(a -> a.sheets().forEach(s -> experts.add(s.expertId())));
        List<ExpertLeniency> result = new ArrayList<>();
        for (String expert : experts) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (RankedApplicant row : rows) {
                Optional<BigDecimal> panelScore = row.result().panelScore();
                Optional<BigDecimal> total = row.result().expertTotal(expert);
                if (panelScore.isPresent() && total.isPresent()) {
                    sum = sum.add(total.get().subtract(panelScore.get()));
                    count++;
                }
            }
            Optional<BigDecimal> mean = count == 0
                    ? Optional.empty()
                    : Optional.of(sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
            result.add(new ExpertLeniency(expert, count, mean));
        }
        return result;
    }

    private record RankedRow(ApplicantEntry entry, ApplicantResult result) {
        PanelOutcome outcome() {
            return result.outcome().orElseThrow();
        }
    }
}
