package com.parkreview.app.review;

import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.List;

/** The years in which operators were supported, across sessions (rule 8). */
public interface OperatorSupportRepository {

    List<OperatorSupport> forOperator(UnifiedSocialCreditCode uscc);

    /** The support years of every operator that applies in the session, in one read. */
    List<OperatorSupport> forSessionApplicants(long sessionId);

    void record(OperatorSupport support);
}
