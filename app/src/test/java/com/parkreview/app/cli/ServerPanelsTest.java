package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.testing.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Panels on a programme office's server (issue 20, item 3), as its users meet them: the administrator
 * prepares the database ({@code server init}), adds two panels and grants each a secretary and the
 * coordinator a reader's role; one secretary runs README's whole day on her panel's session; the
 * other panel's secretary reads it but cannot change it, through ParkReview or with SQL of his own;
 * the history can be appended to and never rewritten by a secretary; and it verifies afterwards.
 */
class ServerPanelsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static String admin;
    private static String alice;
    private static String bob;
    private static String carol;
    private static String database;
    private static CommandRun beforeInit;

    @BeforeAll
    static void anOfficeWithTwoPanels() throws Exception {
        String fresh = PostgresServer.freshDatabase();
        database = fresh.substring(fresh.lastIndexOf('/') + 1, fresh.indexOf('?'));
        try (Connection superuser = PostgresServer.connect(fresh); Statement sql = superuser.createStatement()) {
            sql.execute("CREATE ROLE admin_" + database + " LOGIN CREATEROLE");
            sql.execute("ALTER DATABASE " + database + " OWNER TO admin_" + database);
            for (String user : List.of("alice", "bob", "carol")) {
                sql.execute("CREATE ROLE " + user + "_" + database + " LOGIN");
            }
        }
        admin = as(fresh, "admin");
        alice = as(fresh, "alice");
        bob = as(fresh, "bob");
        carol = as(fresh, "carol");
        beforeInit = CommandRun.of("sessions", "--db", alice); // a secretary may not make the tables
        ok(CommandRun.of("server", "init", "--db", admin));
        ok(CommandRun.of("server", "panel", "--db", admin, "--code", "P1", "--name", "第一评审组"));
        ok(CommandRun.of("server", "panel", "--db", admin, "--code", "P2", "--name", "第二评审组"));
        ok(CommandRun.of("server", "grant", "--db", admin, "--user", "alice_" + database, "--panel", "P1"));
        ok(CommandRun.of("server", "grant", "--db", admin, "--user", "bob_" + database, "--panel", "P2"));
        ok(CommandRun.of("server", "grant", "--db", admin, "--user", "carol_" + database, "--reader"));
        for (ReadmeDayTest.Line line : ReadmeDayTest.commands()) {
            if (line.args().get(0).equals("session") && line.args().get(1).equals("close")) {
                continue; // left open: another panel's secretary tries to change it
            }
            CommandRun run = CommandRun.of(line.args().stream().map(ServerPanelsTest::placed).toArray(String[]::new));
            assertEquals(line.status(), run.status(), line.text() + "\n" + run.out() + run.err());
        }
        ok(CommandRun.of("session", "create", "--db", bob, "--name", "第二组评审", "--date", "2026-12-11"));
    }

    @Test
    void eachSecretarysSessionBelongsToTheirPanelAndEveryoneReadsAll() {
        CommandRun panels = ok(CommandRun.of("server", "panels", "--db", admin));
        assertTrue(panels.out().contains("P1\t第一评审组\tparkreview_" + database + "_panel_p1\talice_" + database),
                panels.out());
        for (String reader : List.of(alice, bob, carol)) {
            CommandRun sessions = ok(CommandRun.of("sessions", "--db", reader));
            List<String> lines = sessions.out().lines().toList();
            assertTrue(lines.get(0).endsWith("\tname\tpanel"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("1\t") && l.endsWith("运营支持评审\tP1")), sessions.out());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("2\t") && l.endsWith("第二组评审\tP2")), sessions.out());
        }
        CommandRun merged = ok(CommandRun.of("merge", "--db", carol, "--session", "1"));
        assertTrue(merged.out().contains("1,A01,北京石景山人形机器人产业园运营有限公司,5,85.30,excellent,1.00,1500.00,"),
                merged.out());
    }

    @Test
    void anotherPanelsSecretaryCannotChangeASessionAndIsToldWhy() throws Exception {
        long entries = entries();
        CommandRun edit = CommandRun.of("session", "edit", "--db", bob, "--session", "1", "--venue", "别处",
                "--reason", "试试");
        assertEquals(ExitCodes.REFUSED, edit.status(), edit.out() + edit.err());
        assertTrue(edit.err().contains("belongs to the panel 第一评审组") && edit.err().contains("P2 第二评审组"), edit.err());
        CommandRun recuse = CommandRun.of("score", "recuse", "--db", bob, "--session", "1", "--expert", "E1",
                "--applicant", "A01", "--reason", "亲属");
        assertEquals(ExitCodes.REFUSED, recuse.status(), recuse.out() + recuse.err());
        CommandRun coordinator = CommandRun.of("session", "create", "--db", carol, "--name", "协调员的评审");
        assertEquals(ExitCodes.REFUSED, coordinator.status(), coordinator.out() + coordinator.err());
        assertTrue(coordinator.err().contains("not a secretary of any panel"), coordinator.err());
        assertEquals(entries, entries(), "nothing was written by the refusals");
    }

    @Test
    void noneOfTheDaysChangesIsOpenToAnotherPanel() throws Exception {
        long entries = entries();
        List<List<String>> changes = List.of(
                List.of("applicants", "import", "--session", "1", REPOSITORY.resolve("app/examples/day/申报单位.csv").toString()),
                List.of("experts", "remove", "--session", "1", "--expert", "E5"),
                List.of("applicants", "edit", "--session", "1", "--applicant", "A03", "--phone", "010-1"),
                List.of("applicants", "prereview", "--session", "1", "--all"),
                List.of("merge", "--session", "1", "--record"),
                List.of("kit", "export", "--session", "1", "--expert", "E1", "--out", dir.resolve("E1.prkit").toString()),
                List.of("session", "close", "--session", "1", "--secretary", "钱秘书"));
        for (List<String> change : changes) {
            List<String> args = new ArrayList<>(change);
            args.add(change.get(0).equals("merge") || change.get(0).equals("report") ? 1 : 2, "--db");
            args.add(change.get(0).equals("merge") || change.get(0).equals("report") ? 2 : 3, bob);
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.REFUSED, run.status(), change + "\n" + run.out() + run.err());
            assertTrue(run.err().contains("第一评审组"), change + "\n" + run.err());
        }
        assertEquals(entries, entries(), "nothing was written by the refusals");
        CommandRun merged = ok(CommandRun.of("merge", "--db", bob, "--session", "1"));
        assertTrue(merged.out().contains("1,A01,"), "another panel's results can be read: " + merged.out());
        CommandRun printed = ok(CommandRun.of("report", "--db", bob, "--session", "1", "--sheet", "summary",
                "--out", dir.resolve("summary.pdf").toString()));
        assertTrue(printed.err().contains("belongs to the panel 第一评审组") && printed.err().contains("not recorded"),
                "printed, and said why its codes are not recorded: " + printed.err());
        assertEquals(entries, entries(), "nothing was written by printing another panel's sheets");
    }

    @Test
    void theServerItselfRefusesAnotherPanelsRowsAndAnyRewriteOfTheHistory() throws Exception {
        long entries = entries();
        try (Connection asBob = PostgresServer.connect(database, "bob_" + database);
                Statement sql = asBob.createStatement()) {
            assertEquals(0, sql.executeUpdate("UPDATE review_session SET venue = 'x' WHERE id = 1"),
                    "another panel's session is not there to change");
            assertEquals(0, sql.executeUpdate("DELETE FROM sheet_score WHERE sheet_id IN "
                    + "(SELECT h.id FROM score_sheet h JOIN applicant a ON a.id = h.applicant_id WHERE a.session_id = 1)"));
            assertRefused(() -> sql.executeUpdate("INSERT INTO recusal (expert_id, applicant_id, reason) "
                    + "SELECT e.id, a.id, 'x' FROM expert e JOIN applicant a ON a.session_id = e.session_id "
                    + "WHERE e.session_id = 1 LIMIT 1"));
            assertRefused(() -> sql.executeUpdate("UPDATE history SET actor = 'bob' WHERE seq = 1"));
            assertRefused(() -> sql.executeUpdate("DELETE FROM history WHERE seq > 1"));
            assertRefused(() -> sql.executeUpdate("INSERT INTO panel (code, name, role_name) VALUES ('P3', 'x', 'x')"));
        }
        assertEquals(entries, entries());
        CommandRun verify = ok(CommandRun.of("verify", "--db", carol));
        assertTrue(verify.out().startsWith("The history is intact"), verify.out());
    }

    @Test
    void aChangeTheServerSkipsIsNeverRecordedAsMade() throws Exception {
        long entries = entries();
        // past every use case's own check: the repository's UPDATE meets the row-level security,
        // which skips the row without an error; the history must not say the session was closed
        try (OpenStore asBob = ConnectToServer.open(bob, Optional.empty(), Clock.systemUTC())) {
            StoreException refused = assertThrows(StoreException.class, () -> asBob.write(Actor.commandLine(),
                    s -> {
                        s.sessions().setStatus(1, SessionStatus.DECIDED);
                        return null;
                    }));
            assertTrue(refused.message(Locale.ENGLISH).contains("changed 0 rows where it had to change one"),
                    refused.message(Locale.ENGLISH));
        }
        assertEquals(entries, entries());
    }

    @Test
    void aSecretaryBeforeTheOwnersInitIsToldWhoMakesTheTables() {
        assertEquals(ExitCodes.REFUSED, beforeInit.status());
        assertTrue(beforeInit.err().contains("holds no ParkReview store yet, and your role may not make its tables. "
                + "The database's owner runs parkreview server init once"), beforeInit.err());
    }

    @ParameterizedTest(name = "code ''{0}'', name ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "P 3"        | 第三组         | The panel code P 3 is not one ParkReview takes
            "P3;DROP"    | 第三组         | The panel code P3;DROP is not one ParkReview takes
            P12345678901234567 | 第三组   | is not one ParkReview takes: letters, digits, - and _, at most 16
            P3           | "第三\u001B[2J组" | character 3, U+001B, is a control character
            P4           | "第三\u202E组"   | character 3, U+202E, is a bidirectional override
            P5           | "  "          | The panel name "" is not one ParkReview takes: one line of 1 to 100 characters
            """)
    void aHostilePanelIsRefusedNamingWhatIsWrong(String code, String name, String refusal) throws Exception {
        long entries = entries();
        CommandRun run = CommandRun.of("server", "panel", "--db", admin, "--code", code, "--name", name);
        assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(refusal), run.err());
        assertEquals(entries, entries());
        CommandRun panels = ok(CommandRun.of("server", "panels", "--db", admin));
        assertEquals(3, panels.out().lines().count(), "still P1 and P2: " + panels.out());
    }

    @Test
    void theOwnerGivesASessionToAnotherPanelAndItsSecretariesTakeItOver() {
        CommandRun made = ok(CommandRun.of("session", "create", "--db", bob, "--name", "移交的评审"));
        Matcher id = Pattern.compile("Created session (\\d+)").matcher(made.out());
        assertTrue(id.find(), made.out());
        String session = id.group(1);

        CommandRun byBob = CommandRun.of("server", "move", "--db", bob, "--session", session, "--panel", "P1");
        assertEquals(ExitCodes.REFUSED, byBob.status());
        assertTrue(byBob.err().contains("is not a secretary of the panel P1"), byBob.err());
        CommandRun moved = ok(CommandRun.of("server", "move", "--db", admin, "--session", session, "--panel", "P1"));
        assertTrue(moved.out().contains("Session " + session + " now belongs to the panel P1 (第一评审组)"), moved.out());

        assertTrue(ok(CommandRun.of("sessions", "--db", carol)).out().lines()
                .anyMatch(l -> l.startsWith(session + "\t") && l.endsWith("\tP1")));
        ok(CommandRun.of("session", "edit", "--db", alice, "--session", session, "--venue", "二层会议室"));
        CommandRun bobNow = CommandRun.of("session", "edit", "--db", bob, "--session", session, "--venue", "别处");
        assertEquals(ExitCodes.REFUSED, bobNow.status(), bobNow.out() + bobNow.err());
        assertTrue(bobNow.err().contains("belongs to the panel 第一评审组"), bobNow.err());
    }

    @Test
    void onlyTheOwnerSetsUpTheServerAndOnlyOnAServer() {
        CommandRun byAlice = CommandRun.of("server", "init", "--db", alice);
        assertEquals(ExitCodes.REFUSED, byAlice.status());
        assertTrue(byAlice.err().contains("may not set up"), byAlice.err());
        ok(CommandRun.of("server", "init", "--db", admin)); // again, after an upgrade: changes nothing twice
        CommandRun nobody = CommandRun.of("server", "grant", "--db", admin, "--user", "nobody", "--panel", "P1");
        assertEquals(ExitCodes.REFUSED, nobody.status());
        assertTrue(nobody.err().contains("There is no role nobody"), nobody.err());
        CommandRun twice = CommandRun.of("server", "panel", "--db", admin, "--code", "P1", "--name", "又一个");
        assertEquals(ExitCodes.REFUSED, twice.status());
        assertTrue(twice.err().contains("There is already a panel P1"), twice.err());
        CommandRun onFile = CommandRun.of("server", "init", "--db", dir.resolve("x.mv.db").toString());
        assertEquals(ExitCodes.REFUSED, onFile.status());
    }

    private static void assertRefused(SqlWork work) {
        SQLException refused = assertThrows(SQLException.class, work::run);
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private static long entries() throws SQLException {
        try (Connection connection = PostgresServer.connect(database, PostgresServer.user());
                Statement sql = connection.createStatement();
                var row = sql.executeQuery("SELECT COUNT(*) FROM history")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String as(String address, String user) {
        return address.replace(PostgresServer.user() + "@", user + "_" + address.substring(address.lastIndexOf('/') + 1,
                address.indexOf('?')) + "@");
    }

    private static String placed(String arg) {
        if (arg.equals("panel.mv.db")) {
            return alice;
        }
        if (arg.startsWith("app/")) {
            return REPOSITORY.resolve(arg).toString();
        }
        return arg.matches("[^-].*\\.(csv|xlsx|pdf)") ? dir.resolve(arg).toString() : arg;
    }

    private static CommandRun ok(CommandRun run) {
        assertEquals(0, run.status(), run.out() + run.err());
        return run;
    }
}
