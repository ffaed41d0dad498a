package com.parkreview.scoring.session;

import com.parkreview.scoring.money.Money;
import java.util.List;
import java.util.Optional;

/** The merged session: ranked rows (incomplete last), the agreement figures, each expert's leniency. */
public record SessionResult(
        List<RankedApplicant> rows,
        Optional<Money> budget,
        Money totalProposed,
        AgreementFigures agreement,
        List<ExpertLeniency> leniency) {

    public SessionResult {
        rows = List.copyOf(rows);
        leniency = List.copyOf(leniency);
    }

    public Optional<RankedApplicant> row(String applicantId) {
        return rows.stream().filter(r -> r.applicant().id().equals(applicantId)).findFirst();
    }
}
