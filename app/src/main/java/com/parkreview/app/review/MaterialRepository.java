package com.parkreview.app.review;

import java.util.Map;

/** The applicants' pre-review (初审) materials checklists. */
public interface MaterialRepository {

    /** The applicant's checklist as recorded; empty when it was never filled in. */
    MaterialsChecklist forApplicant(long applicantId);

    /** Every applicant's checklist in the session, by applicant id; an applicant without one is absent. */
    Map<Long, MaterialsChecklist> forSession(long sessionId);

    /** Records one item, replacing what was recorded for that material; a change goes into the history. */
    void record(long applicantId, MaterialItem item);
}
