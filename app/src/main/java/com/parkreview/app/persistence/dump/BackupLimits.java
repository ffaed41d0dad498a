package com.parkreview.app.persistence.dump;

/**
 * How large a backup may be before ParkReview refuses it unread: a day's session is well under a
 * megabyte, a district's year of sessions a few megabytes, so every limit is far above any real
 * file and far below what would exhaust a laptop.
 *
 * @param fileBytes      the file as stored (compressed, perhaps encrypted)
 * @param expandedBytes  everything inside it, counted while it is inflated (never from its headers)
 * @param entries        files inside the zip
 * @param lineChars      one row, as a line of JSON
 * @param rows           rows in all tables together
 */
public record BackupLimits(long fileBytes, long expandedBytes, int entries, int lineChars, long rows) {

    public static final BackupLimits DEFAULT =
            new BackupLimits(64L << 20, 256L << 20, 64, 8 << 20, 2_000_000);
}
