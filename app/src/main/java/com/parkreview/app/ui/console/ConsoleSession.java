package com.parkreview.app.ui.console;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.StoreAccess;

/** The session the console works on, and the one snapshot of it its tabs share until something changes. */
public final class ConsoleSession {

    private final StoreAccess store;
    private final MergeService merge;
    private final Actor actor;
    private final long sessionId;
    private SessionSnapshot snapshot;

    public ConsoleSession(StoreAccess store, MergeService merge, Actor actor, long sessionId) {
        this.store = store;
        this.merge = merge;
        this.actor = actor;
        this.sessionId = sessionId;
        reload();
    }

    public long sessionId() {
        return sessionId;
    }

    public Actor actor() {
        return actor;
    }

    public SessionSnapshot snapshot() {
        return snapshot;
    }

    /** Reads the session again: after a change, here or in another window. */
    public SessionSnapshot reload() {
        snapshot = SessionSnapshot.take(store, merge, actor, sessionId);
        return snapshot;
    }
}
