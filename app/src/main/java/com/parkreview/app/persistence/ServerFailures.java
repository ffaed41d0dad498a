package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
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
                    AppText.of("server.unreachable", address, String.valueOf(e.getMessage())), e);
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
}
