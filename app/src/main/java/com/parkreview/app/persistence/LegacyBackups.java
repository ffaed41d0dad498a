package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.BackupRefusedException;

/**
 * Backups written by ParkReview before version 4 of its schema: an SQL script in a zip. They are
 * never run (a script can do anything the database can, including writing files and defining Java
 * code); they are refused with a way to convert them.
 */
final class LegacyBackups {

    private LegacyBackups() {
    }

    static BackupContent content(byte[] zip) throws BackupRefusedException {
        throw new BackupRefusedException(AppText.of("backup.legacy"));
    }
}
