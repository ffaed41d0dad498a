package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupRefusedException;

/**
 * Why a database is built from a backup's content: a restore (from a backup file) or a copy (of
 * another database, {@code db copy} and File › Save a copy). It names the history entry that
 * records it and the refusal's words.
 */
enum Rebuild {

    RESTORE("restore", "restore.refused", "restore.writeFailed"),
    COPY("copy", "copy.refused", "copy.writeFailed");

    private final String action;
    private final String refusedKey;
    private final String writeFailedKey;

    Rebuild(String action, String refusedKey, String writeFailedKey) {
        this.action = action;
        this.refusedKey = refusedKey;
        this.writeFailedKey = writeFailedKey;
    }

    /** The history entry's action. */
    String action() {
        return action;
    }

    /** The database built could not be put at {@code target} (a full or removed disk); what was there is unchanged. */
    StoreException writeFailed(DatabaseFile target, Throwable cause) {
        return new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of(writeFailedKey, target), cause);
    }

    /** {@code name} (the backup's file, the copied database) not used, and why; nothing was changed. */
    StoreException refused(String name, BackupRefusedException e) {
        return new StoreException(StoreException.Kind.REFUSED, AppText.of(refusedKey, name, e.text()), e);
    }
}
