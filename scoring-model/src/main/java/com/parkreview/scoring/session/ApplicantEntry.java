package com.parkreview.scoring.session;

import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.List;
import java.util.Optional;

/**
 * One applicant (申报单位) of a session as the merge sees it: its id, name, credit code, funding
 * figures, how many earlier years the operator was already supported, and its experts' sheets.
 */
public record ApplicantEntry(
        String id,
        String name,
        Optional<UnifiedSocialCreditCode> uscc,
        ApplicantFunding funding,
        int priorSupportYears,
        List<ExpertSheet> sheets) {

    public ApplicantEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("applicant id must not be blank");
        }
        name = name == null ? "" : name;
        uscc = uscc == null ? Optional.empty() : uscc;
        funding = funding == null ? ApplicantFunding.NONE : funding;
        if (priorSupportYears < 0) {
            throw new IllegalArgumentException("priorSupportYears must not be negative");
        }
        sheets = List.copyOf(sheets);
    }

    public static ApplicantEntry of(String id, List<ExpertSheet> sheets) {
        return new ApplicantEntry(id, "", Optional.empty(), ApplicantFunding.NONE, 0, sheets);
    }
}
