package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify's exit status when what it looks for is found at the open: 3, as for any mismatch it reports. */
class VerifyExitTest {

    @TempDir
    Path dir;

    /** Round 26: a constraint missing from the schema (damage, or an edit outside) gave exit 2. */
    @Test
    void aSchemaChangedOutsideIsAMismatch() throws Exception {
        Path db = DemoCopy.placed(dir);
        String base = db.toString().substring(0, db.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "parkreview", "")) {
            c.createStatement().execute("ALTER TABLE SCORE_SHEET DROP CONSTRAINT SHEET_ROUND_UNIQUE");
        }
        CommandRun verify = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, verify.status(), verify.out() + verify.err());
        assertTrue(verify.err().contains("lacks part of the schema ParkReview makes (constraint"), verify.err());
        assertTrue(verify.err().contains("there is no backup beside it"), "round 28: told to restore a backup there was not: "
                + verify.err());
        assertEquals(ExitCodes.REFUSED, CommandRun.of("sessions", "--db", db.toString()).status());
    }

    /**
     * Round 26: a score changed outside ParkReview (or by damage that reads as data) was reported,
     * and the message stopped there; it now says what to do and names the newest backup.
     */
    @Test
    void aMismatchSaysWhatToDoAndNamesTheNewestBackup() throws Exception {
        Path db = DemoCopy.placed(dir);
        String base = db.toString().substring(0, db.toString().length() - ".mv.db".length());
        CommandRun before = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        assertEquals(ExitCodes.OK, before.status(), before.out() + before.err());
        assertTrue(!before.err().contains("print or sign nothing"), before.err());
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path unbackedDb = Files.copy(db, other.resolve("panel.mv.db"));
        editOneScore(unbackedDb.toString().substring(0, unbackedDb.toString().length() - ".mv.db".length()));
        CommandRun unbacked = CommandRun.of("--lang", "en", "verify", "--db", unbackedDb.toString());
        assertEquals(ExitCodes.CHECK_FAILED, unbacked.status());
        assertTrue(unbacked.err().contains("print or sign nothing from it until this is cleared up."), unbacked.err());
        assertTrue(!unbacked.err().contains("The newest backup is"), unbacked.err());

        assertEquals(ExitCodes.OK, CommandRun.of("backup", "--db", db.toString()).status());
        String newest = Files.list(db.getParent()).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("panel.backup-")).max(String::compareTo).orElseThrow();
        editOneScore(base);
        CommandRun verify = CommandRun.of("--lang", "zh", "verify", "--db", db.toString());
        assertEquals(ExitCodes.CHECK_FAILED, verify.status());
        assertTrue(verify.err().contains("请勿据此打印或签署任何表单。最新的备份为 " + newest + "；恢复前会先核对备份"),
                verify.err());
    }

    private static void editOneScore(String base) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "parkreview", "")) {
            c.createStatement().execute("UPDATE sheet_score SET score = score + 1 WHERE sheet_id = "
                    + "(SELECT MIN(sheet_id) FROM sheet_score) AND indicator_code = '1.1'");
        }
    }
}
