package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.Restore;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 11: a backup made before a session was closed, restored, opened the session
 * again (editable, closable with other money) and dropped the years of support its closing had
 * recorded, without a word; a backup of another panel's database went over the file as quietly.
 * Both are refused unless asked for by name, saying what would be taken back, and nothing changes.
 */
class RestoreTakesBackTest {

    @TempDir
    Path dir;

    private Path panel;
    private long session;

    @BeforeEach
    void aPanelsDatabase() {
        Locale.setDefault(Locale.ENGLISH);
        try (Database db = TestSessions.freshDatabase(dir, "panel")) {
            session = TestSessions.session(db, 2, 5).session();
        }
        panel = dir.resolve("panel.mv.db");
    }

    private Path backup(Path database) {
        CommandRun made = CommandRun.of("backup", "--db", database.toString());
        assertEquals(0, made.status(), made.err());
        return made.backupWritten();
    }

    private SessionStatus status() {
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            return db.read(s -> s.sessions().find(session)).orElseThrow().status();
        }
    }

    /**
     * Round 26: restoring over a file another ParkReview has open was refused with advice to give
     * a password; it says the file is open elsewhere, and nothing is restored.
     */
    @Test
    void aRestoreOverAFileOpenElsewhereSaysSoAndNothingOfAPassword() {
        Path before = backup(panel);
        try (Database open = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            CommandRun refused = CommandRun.of("--lang", "en", "restore", "--db", panel.toString(), "--from",
                    before.toString());
            assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
            assertTrue(refused.err().contains("is open in another ParkReview"), refused.err());
            assertTrue(!refused.err().contains("password"), refused.err());
        }
    }

    @Test
    void aBackupFromBeforeAClosingIsRestoredOnlyWhenAskedNamingTheSession() {
        Path before = backup(panel);
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            db.write(TestSessions.SECRETARY, s -> {
                s.sessions().setStatus(session, SessionStatus.DECIDED);
                return null;
            });
        }

        CommandRun refused = CommandRun.of("restore", "--db", panel.toString(), "--from", before.toString());
        assertEquals(2, refused.status(), refused.out());
        assertTrue(refused.err().startsWith("Restoring this backup opens again the closed session(s) " + session + " \""),
                refused.err());
        assertTrue(refused.err().contains("Nothing was changed. To restore it all the same, add --reopen-closed."),
                refused.err());
        assertEquals(SessionStatus.DECIDED, status());

        CommandRun asked = CommandRun.of("restore", "--db", panel.toString(), "--from", before.toString(), "--reopen-closed");
        assertEquals(0, asked.status(), asked.err());
        assertTrue(asked.out().contains("opens again the closed session(s) " + session), asked.out());
        assertTrue(status() != SessionStatus.DECIDED);
    }

    @Test
    void aBackupOfAnotherDatabaseIsRestoredOnlyWhenAsked() {
        Path other;
        try (Database db = TestSessions.freshDatabase(dir, "other")) { // another panel's: its history begins otherwise
            new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(
                    UnifiedSocialCreditCode.parse("91110107MA0000777G"), 2024, Optional.empty(), Optional.empty(), "往年"));
            TestSessions.session(db, 3, 5);
        }
        other = backup(dir.resolve("other.mv.db"));

        CommandRun refused = CommandRun.of("restore", "--db", panel.toString(), "--from", other.toString());
        assertEquals(2, refused.status(), refused.out());
        assertTrue(refused.err().startsWith("This backup is not this file as it was: it is of another database"), refused.err());
        assertTrue(refused.err().contains("add --other-database"), refused.err());
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            assertEquals(2, db.read(s -> s.applicants().list(session)).size(), "the panel's own file, untouched");
        }

        assertEquals(0, CommandRun.of("restore", "--db", panel.toString(), "--from", other.toString(),
                "--other-database").status());
    }

    /** A tester's round 12: --other-database alone put another database over a closed session, unasked. */
    @Test
    void anotherDatabasesBackupOverAClosedSessionNeedsBothConsents() {
        try (Database db = TestSessions.freshDatabase(dir, "other")) {
            new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(
                    UnifiedSocialCreditCode.parse("91110107MA0000777G"), 2024, Optional.empty(), Optional.empty(), "往年"));
        }
        Path other = backup(dir.resolve("other.mv.db"));
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            db.write(TestSessions.SECRETARY, s -> {
                s.sessions().setStatus(session, SessionStatus.DECIDED);
                return null;
            });
        }

        CommandRun one = CommandRun.of("restore", "--db", panel.toString(), "--from", other.toString(), "--other-database");
        assertEquals(2, one.status(), one.out());
        assertTrue(one.err().contains("It also opens again the closed session(s) " + session)
                && one.err().endsWith("add --reopen-closed." + System.lineSeparator()), one.err());
        assertEquals(SessionStatus.DECIDED, status());
        assertEquals(0, CommandRun.of("restore", "--db", panel.toString(), "--from", other.toString(), "--other-database",
                "--reopen-closed").status());
    }

    /**
     * A tester's round 12 restored over a damaged file: the closing it held was undone, unsaid. The
     * file cannot be read, so the restore goes on (that is what it is for), saying from the file's
     * marker how much more history the file had than the backup.
     */
    @Test
    void overADamagedFileTheMarkerSaysHowMuchIsTakenBack() throws Exception {
        Path before = backup(panel);
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            new SessionSetup(db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(
                    UnifiedSocialCreditCode.parse("91110107MA0000777G"), 2024, Optional.empty(), Optional.empty(), "往年"));
        }
        java.nio.file.Files.write(panel, new byte[8192]); // the file is ruined; its marker beside it is not

        CommandRun restored = CommandRun.of("restore", "--db", panel.toString(), "--from", before.toString());
        assertEquals(0, restored.status(), restored.err());
        assertTrue(restored.out().contains("The file replaced could not be opened to see what it held; its marker says it had "),
                restored.out());
        assertTrue(restored.out().contains("history entries more than this backup"), restored.out());
    }

    /**
     * A tester's round 12 restored over an encrypted database with a wrong password, and with none:
     * the file was replaced unchecked (the guards need to read it). Refused, nothing changed.
     */
    @Test
    void anEncryptedFileIsNotRestoredOverWithoutItsPassword() throws Exception {
        Path locked = dir.resolve("locked");
        try (Database db = Database.open(DatabaseFile.of(locked), OpenOptions.creating().withPassword("秘密口令".toCharArray()))) {
            TestSessions.session(db, 2, 5);
        }
        Path file = dir.resolve("locked.mv.db");
        byte[] before = java.nio.file.Files.readAllBytes(file);
        Path other = backup(panel);
        for (String password : new String[] {"--password=错误", null}) {
            CommandRun refused = password == null
                    ? CommandRun.of("restore", "--db", file.toString(), "--from", other.toString(), "--other-database")
                    : CommandRun.of("restore", "--db", file.toString(), "--from", other.toString(), "--other-database", password);
            assertEquals(2, refused.status(), refused.out());
            assertTrue(refused.err().startsWith("Nothing was restored: the file "), refused.err());
            assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(file)), "the file is untouched");
        }
    }

    @Test
    void aBackupOfTheSameStateTakesNothingBackAndSaysNothingOfIt() {
        Path now = backup(panel);
        CommandRun restored = CommandRun.of("restore", "--db", panel.toString(), "--from", now.toString());
        assertEquals(0, restored.status(), restored.err());
        assertEquals(1, restored.out().strip().lines().count(), restored.out());
    }

    /**
     * The file is read once: a backup checked (this file as it was: nothing to consent to), then
     * another database's backup put under its name before the restore (the window's question waits
     * for the user), restores what was checked, not what is there now.
     */
    @Test
    void whatIsRestoredIsTheBackupCheckedNotWhatIsUnderItsNameNow() throws Exception {
        Path own = backup(panel);
        try (Database db = TestSessions.freshDatabase(dir, "other")) {
            TestSessions.session(db, 4, 5);
        }
        Path other = backup(dir.resolve("other.mv.db"));
        Restore.Backup checked = Restore.Backup.read(own);
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            assertTrue(!Restore.impact(db, checked, OpenOptions.existing()).needsConsent());
        }
        java.nio.file.Files.copy(other, own, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Restore.from(DatabaseFile.of(panel), checked, OpenOptions.existing(), Actor.commandLine());
        try (Database db = Database.open(DatabaseFile.of(panel), OpenOptions.existing())) {
            assertEquals(2, db.read(s -> s.applicants().list(session)).size(), "the panel's own backup, as checked");
        }
    }
}
