package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.ChainCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Each table's identity counter must be past every key the history's row journal ever recorded
 * for that table (deleted rows too). A counter set back outside ParkReview ({@code ALTER TABLE …
 * ALTER COLUMN id RESTART WITH …}) would give a new row the key of one the history already tells
 * about, so that the history of the old row reads as the new one's.
 */
final class IdentityCheck {

    /** A table's identity column and the value its counter hands out next. */
    private record Counter(String table, String column, long next) {
    }

    private IdentityCheck() {
    }

    static void compare(Connection connection, JournalCheck journal, Consumer<ChainCheck.Break> report) {
        try {
            for (Counter counter : Dialect.of(connection) == Dialect.H2 ? h2(connection) : postgresql(connection)) {
                long highest = journal.highestKey(counter.table());
                if (counter.next() <= highest) {
                    report.accept(new ChainCheck.Break(0, AppText.of("verify.identityBehind", counter.table(),
                            counter.column(), counter.next(), highest)));
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private static List<Counter> h2(Connection connection) throws SQLException {
        List<Counter> counters = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE "
                        + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' "
                        + "ORDER BY TABLE_NAME")) {
            while (row.next()) {
                counters.add(new Counter(row.getString(1).toLowerCase(Locale.ROOT),
                        row.getString(2).toLowerCase(Locale.ROOT), row.getLong(3)));
            }
        }
        return counters;
    }

    /**
     * PostgreSQL keeps an identity's counter in a sequence of its own: its next value is the last
     * one given plus the increment, or, when none was given since it was set (a restart), the value
     * it was set to. {@code pg_sequences} shows no last value in that case, so each sequence is read
     * itself; its name comes from the server's catalog, already quoted.
     */
    private static List<Counter> postgresql(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>(); // table, column, sequence, increment
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT c.table_name, c.column_name, "
                        + "pg_get_serial_sequence(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), "
                        + "c.column_name), s.increment_by "
                        + "FROM information_schema.columns c JOIN pg_sequences s "
                        + "ON s.schemaname = c.table_schema "
                        + "AND quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename) "
                        + "= pg_get_serial_sequence(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), "
                        + "c.column_name) "
                        + "WHERE c.table_schema = current_schema() AND c.is_identity = 'YES' ORDER BY c.table_name")) {
            while (row.next()) {
                identities.add(new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)});
            }
        }
        List<Counter> counters = new ArrayList<>();
        for (String[] identity : identities) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT CASE WHEN is_called THEN last_value + "
                            + Long.parseLong(identity[3]) + " ELSE last_value END FROM " + identity[2])) {
                row.next();
                counters.add(new Counter(identity[0], identity[1], row.getLong(1)));
            }
        }
        return counters;
    }
}
