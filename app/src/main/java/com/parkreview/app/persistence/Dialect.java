package com.parkreview.app.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two engines ParkReview's store runs on: H2 (one file, the default) and PostgreSQL (a
 * programme office's server). Only what their SQL or catalogues say differently is told apart here.
 */
enum Dialect {

    H2("classpath:db/h2"),
    POSTGRESQL("classpath:db/postgresql");

    /** The migrations both engines run as they are; each engine's folder holds only those its SQL writes differently. */
    private static final String COMMON = "classpath:db/common";

    private final String ownMigrations;

    Dialect(String ownMigrations) {
        this.ownMigrations = ownMigrations;
    }

    /** Where Flyway finds this engine's SQL migrations (the Java ones are shared). */
    String[] migrations() {
        return new String[] {COMMON, ownMigrations};
    }

    /** The engine behind a connection. */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.equals("h2")) {
            return H2;
        }
        throw new SQLException("not a database ParkReview runs on: " + product);
    }
}
