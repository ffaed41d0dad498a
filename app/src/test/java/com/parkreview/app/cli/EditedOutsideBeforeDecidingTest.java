package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tester's round 5: the support an applicant already received this year changed (300 to 0
 * 万元) with H2's own shell; the merge was then recorded with 1,050 万元 instead of 750, the results
 * list printed and the session closed, every command exit 0, and only {@code verify} said. Now
 * recording the merge, printing any sheet and closing the session are refused at the first
 * difference between the data and its history, with nothing recorded, printed or closed.
 */
class EditedOutsideBeforeDecidingTest {

    @TempDir
    Path dir;

    private Path db;

    @ParameterizedTest(name = "{0}, then {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UPDATE applicant SET received_wan = received_wan + 300 WHERE code = 'A02' | merge --session 1 --record                       | Saving this change
            UPDATE applicant SET received_wan = received_wan + 300 WHERE code = 'A02' | applicants edit --session 1 --applicant A02 --phone 010-1 --reason 更正电话 | Saving this change
            UPDATE applicant SET received_wan = received_wan + 300 WHERE code = 'A02' | report --session 1 --sheet results --out r.pdf | Printing sheets
            UPDATE sheet_score SET score = 10 WHERE score < 10 AND indicator_code = '1.1' | report --session 1 --sheet expert --applicant A01 --expert E1 --out e.pdf | Printing sheets
            UPDATE applicant SET contact_phone = '13900000000' WHERE code = 'A01' | report --session 1 --sheet signin --out s.pdf | Printing sheets
            """)
    void aDecisionOnDataEditedOutsideIsRefusedAndNothingIsRecorded(String edit, String command, String action)
            throws Exception {
        db = DemoCopy.placed(dir);
        outside(edit);
        long entries = count("history");
        long printed = count("printed_sheet");
        List<String> args = new ArrayList<>(List.of(command.replace("--out ", "--out " + dir + "/").split(" ")));
        args.addAll(List.of("--db", db.toString()));
        CommandRun refused = CommandRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains(action + " is refused: the data of this database does not agree with its history")
                && refused.err().contains("the first: "), refused.err());
        assertEquals(entries, count("history"), "nothing recorded");
        assertEquals(printed, count("printed_sheet"), "no sheet's code recorded");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".pdf")), "no sheet written");
        }
    }

    @Test
    void closingASessionMergedBeforeTheEditIsRefused() throws Exception {
        db = DemoCopy.placed(dir);
        assertEquals(0, CommandRun.of("merge", "--session", "1", "--record", "--db", db.toString()).status());
        outside("UPDATE applicant SET contact_person = '某人' WHERE code = 'A01'"); // the results stay as merged
        CommandRun refused = CommandRun.of("session", "close", "--session", "1", "--secretary", "赵秘书", "--db",
                db.toString());
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains("is refused: the data of this database does not agree with its history"),
                refused.err());
        assertTrue(CommandRun.of("sessions", "--db", db.toString()).out().contains("MERGED"), "not closed");
    }

    private void outside(String sql) throws SQLException {
        try (Connection c = connect()) {
            assertTrue(c.createStatement().executeUpdate(sql) > 0, sql);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection c = connect(); ResultSet row = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        String base = db.toString().substring(0, db.toString().length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + base, "parkreview", "");
    }
}
