package com.parkreview.app.review;

import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.List;
import java.util.Map;

/** The years in which operators were supported, across sessions (rule 8). */
public interface OperatorSupportRepository {

    List<OperatorSupport> forOperator(UnifiedSocialCreditCode uscc);

    /** The support years of every operator that applies in the session, in one read. */
    List<OperatorSupport> forSessionApplicants(long sessionId);

    /**
     * The support recorded for operators that applied, in any session, under the name of an
     * applicant of this session, by that name: the same operator entered under another credit code
     * (a code corrected after the merge made its rule-8 and 差额 flags vanish; a tester's round 15).
     */
    Map<String, List<OperatorSupport>> byNameOfSessionApplicants(long sessionId);

    void record(OperatorSupport support);
}
