package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

/**
 * The rule of a closed session (已结束, {@link SessionStatus#DECIDED}): once the secretary has
 * closed it on current merged results, nothing of it changes any more. Every use case that
 * changes a session's data asks here first, inside its own transaction, so that one sentence
 * naming the session refuses the change whichever adapter asked; reading, printing, verifying
 * and backing up do not ask.
 */
public final class ClosedSessions {

    private ClosedSessions() {
    }

    /** Whether the session is closed; false for a session that is not there (its use case says so). */
    public static boolean closed(Store s, long sessionId) {
        return s.sessions().find(sessionId).filter(session -> session.status() == SessionStatus.DECIDED).isPresent();
    }

    /**
     * Refuses a change to a closed session, naming it; and, on a programme office's server, a change
     * to another panel's session (the server would refuse it too, by its row-level security).
     */
    public static void refuseChange(Store s, long sessionId) {
        s.sessions().find(sessionId).filter(session -> session.status() == SessionStatus.DECIDED).ifPresent(session -> {
            throw refuse("rule.sessionClosed", session.id(), session.name());
        });
        if (!s.panels().mayChange(sessionId)) {
            ReviewSession session = s.sessions().find(sessionId).orElseThrow();
            throw refuse("rule.otherPanel", session.id(), session.name(),
                    s.panels().ofSession(sessionId).map(Panel::name).orElse("—"), s.panels().user().orElse(""),
                    Panel.listed(s.panels().mine()));
        }
    }

    /** Refuses a change to a sheet of a closed session. */
    static void refuseSheetChange(Store s, long sheetId) {
        s.sheets().state(sheetId).ifPresent(sheet -> refuseChange(s, sheet.sessionId()));
    }

    /** Refuses a change to an applicant of a closed session. */
    static void refuseApplicantChange(Store s, long applicantId) {
        s.applicants().find(applicantId).ifPresent(applicant -> refuseChange(s, applicant.sessionId()));
    }
}
