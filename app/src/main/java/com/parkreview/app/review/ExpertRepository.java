package com.parkreview.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The panels of sessions, their pledges and their declared conflicts of interest. */
public interface ExpertRepository {

    long add(long sessionId, NewExpert expert);

    /** A session's panel in the order it was set up. */
    List<Expert> list(long sessionId);

    Optional<Expert> find(long id);

    Optional<Expert> findByCode(long sessionId, String code);

    /** The expert confirmed the review-discipline pledge (评审纪律承诺). */
    void confirmPledge(long expertId, Instant at);

    /** Replaces what the secretary typed about a panel member (its key, pledge and place stay). */
    void update(long expertId, NewExpert changed);

    /** Removes a panel member; the caller has made sure nothing refers to it. */
    void remove(long expertId);

    void setKeyFingerprint(long expertId, String fingerprint);

    void declareRecusal(long expertId, long applicantId, String reason, Instant at);

    List<Recusal> recusals(long sessionId);
}
