package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupRefusedException;

/**
 * Why a database is built from a backup's content: a restore (from a backup file) or a copy (of
 * another database, {@code db copy} and File › Save a copy). It names the history entry that
 * records it and the refusal's words.
 */
enum Rebuild {

    RESTORE("restore", "restore.refused"),
    COPY("copy", "copy.refused");

    private final String action;
    private final String refusedKey;

    Rebuild(String action, String refusedKey) {
        this.action = action;
        this.refusedKey = refusedKey;
    }

    /** The history entry's action. */
    String action() {
        return action;
    }

    /** {@code name} (the backup's file, the copied database) not used, and why; nothing was changed. */
    StoreException refused(String name, BackupRefusedException e) {
        return new StoreException(StoreException.Kind.REFUSED, AppText.of(refusedKey, name, e.text()), e);
    }
}
