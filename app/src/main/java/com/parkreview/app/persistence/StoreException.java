package com.parkreview.app.persistence;

import com.parkreview.scoring.LocalizedText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The database file could not be opened, read or written. {@link #kind()} says what happened,
 * the text says it to the user and what to do; the cause goes to the log.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so that a caller can offer the right way out. */
    public enum Kind {
        /** No database at that path (a mistyped --db never creates an empty one). */
        NOT_FOUND,
        /** Another ParkReview has the file open. */
        IN_USE,
        /** The file is damaged; the newest backup may be offered. */
        CORRUPT,
        /** The file is encrypted and the password is wrong or missing. */
        WRONG_PASSWORD,
        /** The file or its folder cannot be written: nothing typed would be saved. */
        READ_ONLY,
        /** A write failed (disk full, device removed); what was saved before is intact. */
        WRITE_FAILED,
        /** The file is from a newer ParkReview, or a migration failed. */
        SCHEMA,
        /** The database server cannot be reached (network, address, server down); nothing was changed. */
        UNREACHABLE,
        /** A file handed in (a backup) is refused as it is; nothing was changed. */
        REFUSED,
        /** A fault in ParkReview itself. */
        INTERNAL
    }

    private final Kind kind;
    private final transient LocalizedText text;
    private final transient Optional<Path> newestBackup;

    public StoreException(Kind kind, LocalizedText text, Throwable cause) {
        this(kind, text, cause, Optional.empty());
    }

    public StoreException(Kind kind, LocalizedText text, Throwable cause, Optional<Path> newestBackup) {
        super(kind + ": " + text.in(Locale.ENGLISH), cause);
        this.kind = kind;
        this.text = text;
        this.newestBackup = newestBackup;
    }

    public Kind kind() {
        return kind;
    }

    public LocalizedText text() {
        return text;
    }

    /** For a damaged file: the newest backup beside it, to restore from. */
    public Optional<Path> newestBackup() {
        return newestBackup;
    }

    public String message(Locale locale) {
        return text.in(locale);
    }
}
