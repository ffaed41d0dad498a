package com.parkreview.app.ui.common;

import com.parkreview.app.server.ConnectToServer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store the window worked on is, as the recent list keeps it: a database file, or a
 * programme office's server by its address (never with a password: the address refuses one).
 */
public sealed interface StorePlace {

    /** What the user reads: the file's path, or the server's address. */
    String text();

    /** A database file. */
    record File(Path path) implements StorePlace {
        public File {
            Objects.requireNonNull(path);
        }

        @Override
        public String text() {
            return path.toString();
        }
    }

    /** A database on a server, by its address as ParkReview writes it. */
    record Server(String address) implements StorePlace {
        public Server {
            if (!ConnectToServer.names(address)) {
                throw new IllegalArgumentException("not a server address: " + address);
            }
        }

        @Override
        public String text() {
            return address;
        }
    }

    /** A place as the settings store it: an address names a server, anything else a file. */
    static StorePlace of(String stored) {
        return ConnectToServer.names(stored) ? new Server(stored) : new File(Path.of(stored));
    }
}
