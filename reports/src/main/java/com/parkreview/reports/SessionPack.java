package com.parkreview.reports;

import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.data.SignInList;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a session prints: the sign-in list, one panel summary per applicant (which carries
 * the applicant, the panel and every expert's sheets), and the results list, all of one session
 * (the summary of an applicant re-reviewed carries its later round). The applicants' sheets print
 * in defense order.
 */
public record SessionPack(ProgrammeSettings settings, SignInList signIn, List<PanelSummary> summaries,
        ResultsList results) {

    public SessionPack {
        if (settings == null || signIn == null || results == null) {
            throw new IllegalArgumentException("a session pack needs its settings, sign-in list and results");
        }
        summaries = summaries.stream()
                .sorted(Comparator.comparingInt((PanelSummary s) -> s.applicant().defenseOrder()))
                .toList();
        if (!results.header().sameSession(signIn.header())) {
            throw new IllegalArgumentException("the results list belongs to another session than the sign-in list");
        }
        for (PanelSummary summary : summaries) {
            if (!summary.header().sameSession(signIn.header())) { // a re-reviewed applicant's is of a later round
                throw new IllegalArgumentException("the summary of " + summary.applicant().id()
                        + " belongs to another session than the sign-in list");
            }
        }
    }
}
