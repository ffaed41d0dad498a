package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
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
        assertEquals(ExitCodes.REFUSED, CommandRun.of("sessions", "--db", db.toString()).status());
    }
}
