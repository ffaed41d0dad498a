package com.parkreview.scoring.session;

import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.List;
import java.util.Optional;

/**
 * One applicant (申报单位) of a session as the merge sees it: its id, name, credit code, funding
 * figures, how many earlier years the operator was already supported, its experts' sheets, and
 * the experts whose ordered re-review (复评) has not come back yet, and the experts of the panel,
 * not recused, whose sheet does not count yet (not signed, or typed from paper once): until every
 * one of them has answered, the applicant has no panel score, since the panel's verdict waits for
 * the sheets it still owes (a tester's round 10 printed a results list, money and all, on four of
 * five experts' sheets with nothing on it saying that the fifth had not scored). Also the support
 * of this year the operator's records hold from elsewhere (another session of the year), which
 * the amount typed as received this year should cover (rule 6, 差额支持).
 */
public record ApplicantEntry(
        String id,
        String name,
        Optional<UnifiedSocialCreditCode> uscc,
        ApplicantFunding funding,
        int priorSupportYears,
        List<ExpertSheet> sheets,
        List<String> awaitingReReview,
        List<String> awaitingSheets,
        Money supportRecordedThisYear) {

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
        awaitingReReview = List.copyOf(awaitingReReview);
        awaitingSheets = List.copyOf(awaitingSheets);
        supportRecordedThisYear = supportRecordedThisYear == null ? Money.ZERO : supportRecordedThisYear;
    }

    /** An applicant of whom no support of this year is recorded elsewhere. */
    public ApplicantEntry(String id, String name, Optional<UnifiedSocialCreditCode> uscc, ApplicantFunding funding,
            int priorSupportYears, List<ExpertSheet> sheets, List<String> awaitingReReview, List<String> awaitingSheets) {
        this(id, name, uscc, funding, priorSupportYears, sheets, awaitingReReview, awaitingSheets, Money.ZERO);
    }

    /** An applicant whose panel owes no sheet but, perhaps, re-reviews. */
    public ApplicantEntry(String id, String name, Optional<UnifiedSocialCreditCode> uscc, ApplicantFunding funding,
            int priorSupportYears, List<ExpertSheet> sheets, List<String> awaitingReReview) {
        this(id, name, uscc, funding, priorSupportYears, sheets, awaitingReReview, List.of(), Money.ZERO);
    }

    /** An applicant with no re-review under way. */
    public ApplicantEntry(String id, String name, Optional<UnifiedSocialCreditCode> uscc, ApplicantFunding funding,
            int priorSupportYears, List<ExpertSheet> sheets) {
        this(id, name, uscc, funding, priorSupportYears, sheets, List.of(), List.of(), Money.ZERO);
    }

    public static ApplicantEntry of(String id, List<ExpertSheet> sheets) {
        return new ApplicantEntry(id, "", Optional.empty(), ApplicantFunding.NONE, 0, sheets);
    }
}
