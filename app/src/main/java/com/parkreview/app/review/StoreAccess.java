package com.parkreview.app.review;

import java.time.Clock;

/**
 * Transactions on the store. A write runs as one transaction on behalf of an actor, whose name
 * goes into the history of every change it makes; anything thrown rolls it back whole.
 */
public interface StoreAccess {

    <T> T write(Actor actor, StoreWork<T> work);

    /**
     * A write whose changes all belong to the session {@code sessionId} (an expert's score, comment
     * or opinion): a store shared by several panels may run it alongside writes to other sessions.
     * The work must change nothing outside that session; by default it is simply a write.
     */
    default <T> T writeInSession(long sessionId, Actor actor, StoreWork<T> work) {
        return write(actor, work);
    }

    <T> T read(StoreWork<T> work);

    /** Whether writes are possible; false for a read-only file or folder. Known at open, before any typing. */
    boolean writable();

    Clock clock();

    /** Forces what is committed onto the disk: after a sheet is signed and after an import. */
    void syncToDisk();

    /**
     * Tells the listener after each committed write that changed something, on the thread that
     * wrote, until the returned handle is closed: how a screen learns of a change made elsewhere.
     */
    Subscription whenChanged(Runnable listener);

    /** A listener's registration; closing it stops the telling. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
