package com.parkreview.reports.data;

import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.SessionResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session's ranking (评审结果汇总表 / 拟支持名单) as the scoring model merged it, with the
 * programme's annual cap per operator, which every row's amount starts from, and how each
 * deviation flag of the current sheets was handled: by applicant id, each flag code resolved with
 * its kind (a flag not named is still open). The committee reads this list, not the summaries
 * (a tester's round 8 could not tell an accepted flag from an open one on it).
 */
public record ResultsList(SessionHeader header, SessionResult result, Money annualCap,
        Map<String, Map<String, Resolution.Kind>> handledFlags, List<NotReviewed> notReviewed) {

    /**
     * An applicant of the session the panel did not score: failed at pre-review (初审), or not yet
     * pre-reviewed. "All applicants" are on the list (a tester's round 14 looked for one failed at
     * pre-review and found it nowhere): these are named under it, with why.
     *
     * @param why what happened, in the sheet's words: "初审：逾期申报", "待初审", or for one the panel had
     *            scored before it was taken out, that it was scored and why it was taken out (a tester's round
     *            18 read such an applicant as never reviewed)
     */
    public record NotReviewed(String code, String name, String why) {
    }

    public ResultsList {
        if (header == null || result == null || annualCap == null || handledFlags == null || notReviewed == null) {
            throw new IllegalArgumentException("the results list needs its header, the session result, the cap, "
                    + "the flags handled and the applicants not reviewed");
        }
        handledFlags = Map.copyOf(handledFlags);
        notReviewed = List.copyOf(notReviewed);
    }

    /** A list of a session whose every applicant went to the panel. */
    public ResultsList(SessionHeader header, SessionResult result, Money annualCap,
            Map<String, Map<String, Resolution.Kind>> handledFlags) {
        this(header, result, annualCap, handledFlags, List.of());
    }

    /** A list on which no flag is handled yet. */
    public ResultsList(SessionHeader header, SessionResult result, Money annualCap) {
        this(header, result, annualCap, Map.of());
    }

    /** How the applicant's current flag was handled, or empty while it is open. */
    public Optional<Resolution.Kind> handling(String applicantId, String flagCode) {
        return Optional.ofNullable(handledFlags.getOrDefault(applicantId, Map.of()).get(flagCode));
    }
}
