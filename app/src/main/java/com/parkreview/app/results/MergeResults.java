package com.parkreview.app.results;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.DataMatchesHistory;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.session.SessionResult;

/**
 * Use case: the secretary's merge (汇总) of a stored session — the 汇总 button and
 * {@code merge --session N --record}. The flags found are recorded, the session is marked merged,
 * and what the merge decided for each applicant is kept in the history, so that any later change
 * that would change the results shows the results as out of date ({@link ResultsStanding}). A
 * session without one signed sheet is not merged: there is nothing to decide, and marking it
 * merged would only hide that.
 */
public final class MergeResults {

    /** The history's note of a merge: its action, and its subject for a session. */
    static final String ACTION = "merge";

    private final StoreAccess store;
    private final MergeService merge;

    public MergeResults(StoreAccess store, MergeService merge) {
        this.store = store;
        this.merge = merge;
    }

    static String subject(long sessionId) {
        return "review_session:" + sessionId;
    }

    /**
     * Merges the session as stored now and records the merge; returns what it decided. The
     * secretary's work: refused in an expert's copy of the session.
     */
    public SessionResult merge(Actor actor, long sessionId) {
        store.read(s -> {
            ReviewSession session = ReviewRules.session(s, sessionId);
            if (s.sheets().forSession(sessionId).stream().noneMatch(sheet -> sheet.status() == SheetStatus.SIGNED)) {
                throw ReviewRules.refuse("merge.nothingSigned", session.details().name());
            }
            return null;
        });
        merge.merged(actor, sessionId); // refused in an expert's copy; records the flags found
        return store.write(actor, s -> {
            ClosedSessions.refuseChange(s, sessionId);
            DataMatchesHistory.require(s, "action.recordMerge");
            StoredSession stored = StoredSession.load(s, sessionId);
            SessionResult result = stored.merge();
            if (stored.session().status() != SessionStatus.MERGED && stored.session().status() != SessionStatus.DECIDED) {
                s.sessions().setStatus(sessionId, SessionStatus.MERGED);
            }
            s.history().note(ACTION, subject(sessionId), ResultsSnapshot.of(result).text());
            return result;
        });
    }
}
