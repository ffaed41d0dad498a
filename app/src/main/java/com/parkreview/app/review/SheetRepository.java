package com.parkreview.app.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Score sheets: one per expert × applicant × round, with a line per indicator. */
public interface SheetRepository {

    /** A new empty draft with a line for each of the given indicators. */
    long create(long expertId, long applicantId, int round, SheetOrigin origin, List<String> indicatorCodes, Instant at);

    Optional<ScoreSheet> find(long sheetId);

    /** The sheet's place and status in one read, for the checks before a change. */
    Optional<SheetState> state(long sheetId);

    /** The expert's sheet of the latest round for the applicant. */
    Optional<ScoreSheet> current(long expertId, long applicantId);

    /** Every sheet of the applicant, all rounds, superseded ones included. */
    List<ScoreSheet> forApplicant(long applicantId);

    /** Every sheet of the session, all rounds. */
    List<ScoreSheet> forSession(long sessionId);

    void setScore(long sheetId, String indicatorCode, Optional<BigDecimal> score);

    void setComment(long sheetId, String indicatorCode, String comment);

    void setOpinion(long sheetId, String opinion);

    /** How the sheet's content came in, when a draft is filled from another source (a file, paper). */
    void setOrigin(long sheetId, SheetOrigin origin);

    /**
     * A change of status: signing (with its time), re-opening a signed sheet (with the reason),
     * or superseding it by a re-review.
     */
    void setStatus(long sheetId, SheetStatus status, Optional<Instant> signedAt, String reason);
}
