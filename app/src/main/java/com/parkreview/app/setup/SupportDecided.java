package com.parkreview.app.setup;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.session.RankedApplicant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The years of support a closing decides (rule 8): each operator proposed an amount within the
 * budget is recorded as supported in the session's year, so that a later session of the same
 * database counts it towards the three-year limit. A tester's round 10 closed four sessions of the
 * same operator, 2023 to 2026, each proposing 1500 万元: nothing was recorded, and its fourth
 * year went unflagged. An applicant past the budget line is the committee's to decide, not
 * recorded; a year already recorded for the operator (entered from earlier records) is kept.
 */
final class SupportDecided {

    private SupportDecided() {
    }

    /** Records the years of support the session's merge decides; returns how many were recorded. */
    static int record(Store s, StoredSession stored) {
        int recorded = 0;
        for (OperatorSupport support : decided(stored)) {
            boolean known = s.operatorSupport().forOperator(support.uscc()).stream()
                    .anyMatch(o -> o.year() == support.year());
            if (!known) {
                s.operatorSupport().record(support);
                recorded++;
            }
        }
        return recorded;
    }

    private static List<OperatorSupport> decided(StoredSession stored) {
        List<OperatorSupport> years = new ArrayList<>();
        long sessionId = stored.session().id();
        for (RankedApplicant row : stored.merge().rows()) {
            Optional<PanelOutcome> outcome = row.result().outcome().filter(o -> !o.amount().isZero());
            Optional<Applicant> applicant = stored.applicantByCode(row.applicant().id());
            if (outcome.isEmpty() || applicant.isEmpty() || row.overBudget()) {
                continue;
            }
            years.add(new OperatorSupport(applicant.get().uscc(), stored.session().year(), Optional.of(sessionId),
                    Optional.of(outcome.get().amount()),
                    "评审批次 " + sessionId + " 结束时拟支持（" + applicant.get().code() + "）"));
        }
        return years;
    }
}
