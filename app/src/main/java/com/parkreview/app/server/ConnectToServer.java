package com.parkreview.app.server;

import com.parkreview.app.persistence.ServerAddress;
import com.parkreview.app.persistence.ServerDatabase;
import com.parkreview.app.review.OpenStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Connecting to a programme office's server (issue 20): the user's own role, the password given or
 * read by the driver from {@code PGPASSWORD} or {@code ~/.pgpass}, TLS unless the address says
 * otherwise; ParkReview's tables made or brought up to date on the way. Used by the command line's
 * {@code --db postgresql://…}.
 */
public final class ConnectToServer {

    private ConnectToServer() {
    }

    /** Whether a {@code --db} value names a server rather than a file. */
    public static boolean names(String database) {
        return ServerAddress.isServer(database);
    }

    /** Connects; an address, a login or a database ParkReview cannot use is refused with what to do. */
    public static OpenStore open(String address, Optional<char[]> password, Clock clock) {
        return ServerDatabase.open(ServerAddress.parse(address), password, clock);
    }
}
