package com.parkreview.app.ui.console;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.MergedSession;

/** The session the console works on, and the one reading of it its tabs share until something changes. */
public final class ConsoleSession {

    private final MergeService merge;
    private final Actor actor;
    private final long sessionId;
    private MergedSession snapshot;
    private final java.util.List<Runnable> onReload = new java.util.ArrayList<>();

    public ConsoleSession(MergeService merge, Actor actor, long sessionId) {
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

    public MergedSession snapshot() {
        return snapshot;
    }

    /**
     * Reads the session again (merging, recording new flags): after a change, here or in another
     * window. Every tab that showed the earlier reading is told, so none is left showing it.
     */
    public MergedSession reload() {
        snapshot = merge.merged(actor, sessionId);
        onReload.forEach(Runnable::run);
        return snapshot;
    }

    /** Something to do after each reading, e.g. a tab showing the new one. */
    public void onReload(Runnable action) {
        onReload.add(action);
    }
}
