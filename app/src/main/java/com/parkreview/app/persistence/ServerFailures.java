package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/** Turns what a PostgreSQL server reports (its SQLSTATE) into a {@link StoreException} a user can act on. */
final class ServerFailures {

    private ServerFailures() {
    }

    static StoreException translate(SQLException e, ServerAddress address) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        if (state.startsWith("08")) {
            return new StoreException(StoreException.Kind.UNREACHABLE,
                    AppText.of("server.unreachable", address, reason(e)), e);
        }
        if (state.startsWith("28")) {
            return new StoreException(StoreException.Kind.WRONG_PASSWORD,
                    AppText.of("server.refusedLogin", address), e);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("server.noDatabase", address), e);
        }
        if (state.equals("42501")) {
            return new StoreException(StoreException.Kind.REFUSED, AppText.of("server.notAllowed", address), e);
        }
        if (state.startsWith("53")) {
            return new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("server.full", address), e);
        }
        return Failures.translate(e);
    }

    /**
     * Why the server could not be reached, in the user's language where the network said why;
     * otherwise the driver's own words (in English).
     */
    private static Object reason(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return AppText.of("server.reason.refused");
            }
            if (cause instanceof UnknownHostException) {
                return AppText.of("server.reason.unknownHost");
            }
            if (cause instanceof SocketTimeoutException) {
                return AppText.of("server.reason.timeout");
            }
        }
        return String.valueOf(e.getMessage());
    }
}
