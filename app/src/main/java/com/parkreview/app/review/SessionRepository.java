package com.parkreview.app.review;

import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.List;
import java.util.Optional;

/** Review sessions, with the programme settings and rubric each is scored on. */
public interface SessionRepository {

    long create(SessionDetails details, ProgrammeSettings settings);

    /** A session of a panel of a programme office's server (on a file, {@code panelCode} is empty). */
    long create(SessionDetails details, ProgrammeSettings settings, Optional<String> panelCode);

    Optional<ReviewSession> find(long id);

    /** Every session, newest first. */
    List<SessionSummary> list();

    void setStatus(long id, SessionStatus status);

    /**
     * Corrects a session's details and the programme terms that can change after it was made
     * (cap, panel-score rule, deviation thresholds, score step); its rubric and tiers stay.
     */
    void update(long id, SessionDetails details, ProgrammeSettings settings);
}
