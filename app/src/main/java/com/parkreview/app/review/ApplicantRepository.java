package com.parkreview.app.review;

import java.util.List;
import java.util.Optional;

/** The applicants of sessions. */
public interface ApplicantRepository {

    long add(long sessionId, NewApplicant applicant);

    /** A session's applicants in defense order. */
    List<Applicant> list(long sessionId);

    Optional<Applicant> find(long id);

    Optional<Applicant> findByCode(long sessionId, String code);

    void setPreReview(long applicantId, PreReview preReview);

    /** Replaces what the secretary typed about an applicant (its pre-review and opinion stay). */
    void update(long applicantId, NewApplicant changed);

    /** Removes an applicant with its materials checklist; the caller has made sure nothing else refers to it. */
    void remove(long applicantId);

    /** The group leader's joint opinion (组长意见) on the applicant. */
    void setJointOpinion(long applicantId, String text);
}
