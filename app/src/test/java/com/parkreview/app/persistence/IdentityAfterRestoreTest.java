package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.scoring.money.Money;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.setup.RemoveApplicant;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newest applicant removed before the backup: the restored file's counter still follows the
 * removed row's id (the history tells about it), so verify's identity check finds it whole and a
 * new applicant does not take the removed one's id.
 */
class IdentityAfterRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredFileKeepsItsCounterPastARemovedRow() {
        Path backup;
        long removed;
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 3, 3);
            removed = ids.applicant(3);
            new RemoveApplicant(db).remove(TestSessions.SECRETARY, removed);
            backup = db.backup();
        }
        Restore.from(DatabaseFile.of(dir.resolve("test")), backup, OpenOptions.existing().withClock(TestSessions.CLOCK),
                TestSessions.SECRETARY);
        try (Database db = TestSessions.reopen(dir)) {
            ChainCheck check = db.read(s -> s.history().verify());
            assertTrue(check.intact(), check.breaks().toString());
            long session = db.read(s -> s.sessions().list()).get(0).id();
            long added = new SessionSetup(db).addApplicant(TestSessions.SECRETARY, session, new NewApplicant("A09",
                    "测试园区运营有限公司9", TestSessions.uscc(9), Contact.NONE, Optional.empty(), Money.ZERO, 9,
                    Optional.empty()));
            assertTrue(added > removed, "the removed applicant's id " + removed + " is not given again: " + added);
            assertEquals(1, db.read(s -> s.applicants().list(session)).stream().map(Applicant::code)
                    .filter("A09"::equals).count());
        }
    }
}
