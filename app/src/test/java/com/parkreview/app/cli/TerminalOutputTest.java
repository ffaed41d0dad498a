package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.text.InputText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nothing the command line prints carries a raw control or bidi character, whatever an older
 * database holds (written here behind ParkReview's back, as a version before the input rule could
 * have) or an argument says: each is shown as U+XXXX.
 */
class TerminalOutputTest {

    @TempDir
    Path dir;

    private Path databaseWithSessionNamed(String name) throws Exception {
        try (var db = TestSessions.freshDatabase(dir, "old")) {
            TestSessions.session(db, 1, 1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("old"), "parkreview", "");
                PreparedStatement update = c.prepareStatement("UPDATE review_session SET name = ?")) {
            update.setString(1, name);
            update.executeUpdate();
        }
        return dir.resolve("old");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ANSI clear screen  | 001B | U+001B[2J
            bell               | 0007 | U+0007
            C1 CSI             | 009B | U+009B
            lone CR            | 000D | U+000D
            right-to-left      | 202E | U+202E
            """)
    void aSessionNameFromAnOlderDatabaseIsListedEscaped(String what, String hex, String shown) throws Exception {
        String hostile = Character.toString(Integer.parseInt(hex, 16)) + (hex.equals("001B") ? "[2J" : "");
        Path db = databaseWithSessionNamed("演示批次" + hostile + "尾");
        CommandRun run = CommandRun.of("sessions", "--db", db.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("演示批次" + shown + "尾"), run.out());
        assertEquals(InputText.printable(run.out()), run.out(), "raw " + what + " printed");
    }

    @Test
    void aRefusedOptionValueIsEchoedEscaped() {
        CommandRun run = CommandRun.of("merge", "--scores", "x.csv", "--format", "\u001b[2Jxml");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("the value of --format: character 1, U+001B, is a control character"), run.err());
        assertEquals(InputText.printable(run.err()), run.err());
    }

    @Test
    void anUnknownOptionIsEchoedEscapedInPicocliOwnMessage() {
        CommandRun run = CommandRun.of("sessions", "--\u001b[2J");
        assertEquals(2, run.status());
        assertEquals(InputText.printable(run.err()), run.err());
        assertTrue(run.err().contains("U+001B[2J"), run.err());
    }
}
