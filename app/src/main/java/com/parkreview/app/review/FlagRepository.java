package com.parkreview.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deviation flags found on applicants' sheets, and their resolutions. */
public interface FlagRepository {

    /** Records a flag unless the same flag on the same sheets is already recorded; returns its id. */
    long record(long applicantId, String flagCode, String sheetsKey, String explanation, Instant at);

    Optional<FlagRecord> find(long flagId);

    List<FlagRecord> forApplicant(long applicantId);

    /** Every flag recorded on the session's applicants, oldest first. */
    List<FlagRecord> forSession(long sessionId);

    void resolve(long flagId, FlagResolution resolution);
}
