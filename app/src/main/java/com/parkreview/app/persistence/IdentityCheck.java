package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.ChainCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Each table's identity counter must be past every key the history's row journal ever recorded
 * for that table (deleted rows too). A counter set back outside ParkReview ({@code ALTER TABLE …
 * ALTER COLUMN id RESTART WITH …}) would give a new row the key of one the history already tells
 * about, so that the history of the old row reads as the new one's.
 */
final class IdentityCheck {

    private IdentityCheck() {
    }

    static void compare(Connection connection, JournalCheck journal, Consumer<ChainCheck.Break> report) {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE "
                        + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' "
                        + "ORDER BY TABLE_NAME")) {
            while (row.next()) {
                String table = row.getString(1).toLowerCase(Locale.ROOT);
                long next = row.getLong(3);
                long highest = journal.highestKey(table);
                if (next <= highest) {
                    report.accept(new ChainCheck.Break(0, AppText.of("verify.identityBehind", table,
                            row.getString(2).toLowerCase(Locale.ROOT), next, highest)));
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}
