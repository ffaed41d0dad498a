package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Panel;
import com.parkreview.app.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db copy} (issue 20, item 5): README's day, made in a panel's file, moved into a server's
 * empty database and back out into a new file; each copy verifies, gives the same merged results
 * and the same history as its source (plus the entry that records the copy). A copy never goes
 * over a file or into a server's database that holds something, and a source that does not verify
 * is not copied; each refusal changes nothing on either side.
 */
class DbCopyTest {

    /** The day's file, made once: every test only reads it. */
    @TempDir
    static Path day;

    private static Path panel;

    @TempDir
    Path dir;

    @BeforeAll
    static void aPanelsDayInAFile() throws Exception {
        panel = day.resolve("panel.mv.db");
        for (ReadmeDayTest.Line line : ReadmeDayTest.commands()) {
            if (line.args().get(0).equals("session") && line.args().get(1).equals("close")) {
                continue; // the day's results stay open to merge again on the copy
            }
            CommandRun run = CommandRun.of(line.args().stream().map(a -> ReadmeDayTest.placed(a, day)).toArray(String[]::new));
            assertEquals(line.status(), run.status(), line.text() + "\n" + run.out() + run.err());
        }
    }

    @Test
    void aPanelsFileGoesIntoTheServerAndComesBackTheSame() throws Exception {
        String server = PostgresServer.freshDatabase();
        String merged = merge(panel.toString());
        long entries = entries(panel.toString());

        CommandRun in = CommandRun.of("db", "copy", "--from", panel.toString(), "--to", server);
        assertEquals(0, in.status(), in.out() + in.err());
        assertTrue(in.out().contains("1 session. verify: the source is intact (" + entries + " history entries); "
                + "the copy is intact (" + (entries + 1) + " entries"), in.out());
        assertEquals(merged, merge(server), "the same results from the server's copy");
        assertEquals(entries + 1, entries(server));

        Path back = dir.resolve("archive.mv.db");
        CommandRun out = CommandRun.of("db", "copy", "--from", server, "--to", back.toString());
        assertEquals(0, out.status(), out.out() + out.err());
        assertEquals(merged, merge(back.toString()), "the same results from the archived file");
        assertEquals(entries + 2, entries(back.toString()));
        CommandRun verify = CommandRun.of("verify", "--db", back.toString());
        assertTrue(verify.out().startsWith("The history is intact: " + (entries + 2)), verify.out());
        CommandRun sessions = CommandRun.of("sessions", "--db", back.toString());
        assertTrue(sessions.out().contains("2026年度人形机器人产业基地运营支持评审"), sessions.out());
    }

    @Test
    void aServerDatabaseThatHoldsSomethingIsRefusedAndLeftAsItWas() throws Exception {
        String server = PostgresServer.freshDatabase();
        assertEquals(0, CommandRun.of("db", "copy", "--from", panel.toString(), "--to", server).status());
        long before = entries(server);

        CommandRun again = CommandRun.of("db", "copy", "--from", panel.toString(), "--to", server);
        assertEquals(ExitCodes.REFUSED, again.status());
        assertTrue(again.err().contains("already holds ParkReview data (table review_session has 1 rows)"),
                again.err());
        assertEquals(before, entries(server), "nothing added to the server's history");
    }

    @Test
    void aFileIsNeverWrittenOver() throws Exception {
        Path other = dir.resolve("other.mv.db");
        Files.copy(panel, other);
        byte[] before = Files.readAllBytes(other);
        CommandRun copy = CommandRun.of("db", "copy", "--from", panel.toString(), "--to", other.toString());
        assertEquals(ExitCodes.REFUSED, copy.status());
        assertTrue(copy.err().contains("already exists; a copy is never written over another file"), copy.err());
        assertArrayEquals(before, Files.readAllBytes(other));

        CommandRun same = CommandRun.of("db", "copy", "--from", panel.toString(), "--to", panel.toString());
        assertEquals(ExitCodes.REFUSED, same.status());
        assertTrue(same.err().contains("a copy goes to another database"), same.err());
    }

    @Test
    void aSourceEditedOutsideParkReviewIsNotCopied() throws Exception {
        String server = PostgresServer.freshDatabase();
        CommandRun in = CommandRun.of("db", "copy", "--from", panel.toString(), "--to", server);
        assertEquals(0, in.status(), in.err());
        try (Connection connection = PostgresServer.connect(server); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE sheet_score SET score = score + 0.5 "
                    + "WHERE (sheet_id, indicator_code) = (SELECT sheet_id, indicator_code FROM sheet_score "
                    + "WHERE score < 4 ORDER BY sheet_id, indicator_code LIMIT 1)"));
        }
        Path out = dir.resolve("out.mv.db");
        CommandRun copy = CommandRun.of("db", "copy", "--from", server, "--to", out.toString());
        assertEquals(ExitCodes.REFUSED, copy.status());
        assertTrue(copy.err().contains("does not verify"), copy.err());
        assertTrue(copy.err().contains("so it is not copied"), copy.err());
        assertFalse(Files.exists(out), "no file made");
    }

    /**
     * A file whose panel names a role of the server's own choosing (here the secretaries' role every
     * secretary holds) would, copied in, let all of them change that panel's sessions: refused, and
     * the server's database left empty.
     */
    @Test
    void aPanelRoleIsNeverTakenFromAFile() throws Exception {
        String server = PostgresServer.freshDatabase();
        String database = server.substring(server.lastIndexOf('/') + 1, server.indexOf('?'));
        Path hostile = dir.resolve("hostile.mv.db");
        Files.copy(panel, hostile);
        try (Database file = Database.open(DatabaseFile.of(hostile), OpenOptions.existing())) {
            file.write(Actor.commandLine(), s -> {
                s.panels().add(new Panel("P1", "第一评审组", "parkreview_" + database + "_secretary"));
                return null;
            });
        }
        CommandRun copy = CommandRun.of("db", "copy", "--from", hostile.toString(), "--to", server);
        assertEquals(ExitCodes.REFUSED, copy.status(), copy.out() + copy.err());
        assertTrue(copy.err().contains("its panel P1 names the server role parkreview_" + database + "_secretary, where "
                + "this server's database gives that panel the role parkreview_" + database + "_panel_p1"), copy.err());
        try (Connection connection = PostgresServer.connect(server); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM history")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "nothing of the copy stays");
        }
    }

    @Test
    void aServerThatIsNotThereMakesNothing() {
        CommandRun copy = CommandRun.of("db", "copy", "--from", panel.toString(), "--to",
                "postgresql://nobody@127.0.0.1:1/review?sslmode=disable");
        assertEquals(ExitCodes.REFUSED, copy.status());
        assertTrue(copy.err().contains("cannot be reached"), copy.err());
    }

    private static String merge(String db) {
        CommandRun run = CommandRun.of("merge", "--db", db, "--session", "1");
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    private static long entries(String db) throws SQLException {
        CommandRun verify = CommandRun.of("verify", "--db", db);
        assertEquals(0, verify.status(), verify.out() + verify.err());
        Matcher m = Pattern.compile("(\\d[\\d,]*) entries").matcher(verify.out());
        assertTrue(m.find(), verify.out());
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
