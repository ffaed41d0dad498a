package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns what H2 reports into a {@link StoreException} a user can act on. */
final class Failures {

    private Failures() {
    }

    static StoreException translate(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Kind.IN_USE,
                    AppText.of("store.inUse"), e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("store.notFound"), e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.WRONG_PASSWORD_FORMAT ->
                    new StoreException(StoreException.Kind.WRONG_PASSWORD, AppText.of("store.wrongPassword"), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                    new StoreException(StoreException.Kind.CORRUPT, AppText.of("store.corrupt"), e);
            case ErrorCode.DATABASE_IS_READ_ONLY -> new StoreException(StoreException.Kind.READ_ONLY,
                    AppText.of("store.readOnly"), e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_IS_CLOSED ->
                    new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.writeFailed"), e);
            case ErrorCode.GENERAL_ERROR_1 -> general(e);
            // one process and one writer: a table that stays locked is the file's state, which a damaged
            // file gave (round 25: "Timeout trying to lock table {0}" and the SQL, on every command)
            case ErrorCode.LOCK_TIMEOUT_1 -> new StoreException(StoreException.Kind.CORRUPT,
                    AppText.of("store.lockTimeout"), e);
            default -> new StoreException(StoreException.Kind.INTERNAL, AppText.of("store.internal", withoutSql(e)), e);
        };
    }

    /** H2 reports some storage faults as general errors; their text says which. */
    private static StoreException general(SQLException e) {
        String message = String.valueOf(e.getMessage());
        // a page that cannot be read is damage (round 23 was shown H2's own words for it, "Unable to read the page")
        if (message.contains("corrupt") || message.contains("Corrupt") || message.contains("Unable to read the page")) {
            return new StoreException(StoreException.Kind.CORRUPT, AppText.of("store.corrupt"), e);
        }
        if (message.contains("Writing to") || message.contains("IOException") || message.contains("space")
                || message.contains("is closed") || message.contains("read-only") || message.contains("Read-only")) {
            return new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.writeFailed"), e);
        }
        return new StoreException(StoreException.Kind.INTERNAL, AppText.of("store.internal", withoutSql(e)), e);
    }

    /**
     * H2's words for a fault, without the statement it ran and its codes: round 26 was shown
     * 'Table "SCORE_SHEET" not found; SQL statement: SELECT … [42102-252]'. The log keeps the whole.
     */
    static String withoutSql(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int sql = message.indexOf("; SQL statement:");
        String words = sql < 0 ? message : message.substring(0, sql);
        return words.replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "").strip();
    }
}
