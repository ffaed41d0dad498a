package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that adds a column changes every row's image; after it the rows are journaled again
 * where that is all that changed, so verify holds, while a value changed outside ParkReview before
 * the migration is still reported.
 */
class AddedColumnsTest {

    @TempDir
    Path dir;

    private JdbcDataSource source;
    private TestSessions.Ids ids;

    @BeforeEach
    void session() {
        try (Database db = TestSessions.freshDatabase(dir)) {
            ids = TestSessions.session(db, 2, 3);
        }
        source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve("test"));
        source.setUser("parkreview");
        source.setPassword("");
    }

    @Test
    void rowsGainingOnlyANewColumnAreJournaledAgainAfterTheMigration() throws Exception {
        sql("ALTER TABLE applicant ADD COLUMN district VARCHAR(20) DEFAULT '石景山'");
        assertFalse(verify().intact(), "before: every applicant row differs from its image");
        Migrations.journalAddedColumns(source, TestSessions.CLOCK);
        ChainCheck after = verify();
        assertTrue(after.intact(), () -> after.breaks().toString());
    }

    @Test
    void aValueChangedOutsideBeforeTheMigrationIsStillReported() throws Exception {
        sql("UPDATE applicant SET name = '冒名' WHERE id = " + ids.applicant(1));
        sql("ALTER TABLE applicant ADD COLUMN district VARCHAR(20) DEFAULT '石景山'");
        Migrations.journalAddedColumns(source, TestSessions.CLOCK);
        ChainCheck check = verify();
        assertEquals(2, check.breakCount(), check.breaks().toString());
        String first = check.breaks().get(0).what().in(Locale.ENGLISH);
        assertTrue(first.contains("column district: the history records \"NULL\", the file holds \"石景山\""), first);
        String second = check.breaks().get(1).what().in(Locale.ENGLISH);
        assertTrue(second.contains("column name: the history records \"测试园区运营有限公司1\", the file holds \"冒名\""), second);
    }

    private void sql(String sql) throws Exception {
        try (Connection c = source.getConnection(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The check a future ParkReview runs after its own migration: on the connection, since this
     * ParkReview's schema guard (rightly) refuses a file whose tables it did not make.
     */
    private ChainCheck verify() throws Exception {
        try (Connection c = source.getConnection()) {
            Jdbc jdbc = new Jdbc(c);
            return new JdbcHistoryRepository(jdbc, HistoryWriter.reading(jdbc)).verify();
        }
    }
}
