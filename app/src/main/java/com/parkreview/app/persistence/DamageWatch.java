package com.parkreview.app.persistence;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Remembers that a database was found damaged while it was open (a page that cannot be read,
 * which the trial open on a copy did not reach), so that its close does not compact it: the
 * compaction rewrote the damaged file, every command again, while the message said it was left as
 * it was (a tester's round 23: 246,102 bytes of it changed by one {@code verify}). A file found
 * damaged is closed as a crash would leave it, as it was, for whoever recovers it.
 */
final class DamageWatch {

    private final AtomicBoolean seen = new AtomicBoolean();

    /** {@code failure}, noted when it is damage. */
    StoreException seen(StoreException failure) {
        if (failure.kind() == StoreException.Kind.CORRUPT) {
            seen.set(true);
        }
        return failure;
    }

    boolean damageSeen() {
        return seen.get();
    }

    /** How the file is closed: compacted, unless it was found damaged. */
    String shutdown() {
        return seen.get() ? "SHUTDOWN IMMEDIATELY" : "SHUTDOWN COMPACT";
    }
}
