package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.testing.FolderCopy;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expert's key signs only what the expert's ParkReview wrote. A tester's round 8 inserted a
 * signed sheet into a laptop's database with H2's shell: {@code score export} signed it with the
 * expert's key, and the secretary imported it as genuine, while printing on that laptop was refused.
 */
class LaptopEditedOutsideTest {

    @TempDir
    Path dir;

    @Test
    void aScoreFileIsNotWrittenFromALaptopDatabaseChangedOutside() throws Exception {
        ExpertKit kit;
        try (Database secretary = TestSessions.freshDatabase(dir, "secretary")) {
            TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
            kit = OfflineDay.kit(secretary, ids.session(), 1);
        }
        try (Database laptop = OfflineDay.laptop(dir, kit)) {
            OfflineDay.signed(laptop, "A01", "80");
            new ScoreReturns(laptop).prepare(); // as the expert's ParkReview wrote it: signed
        }
        Path file = FolderCopy.theOne(dir, "laptop-", ".mv.db");
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "parkreview", "");
                Statement sql = c.createStatement()) {
            sql.execute("UPDATE sheet_score SET score = 0 WHERE indicator_code = '1.1'");
        }
        try (Database laptop = Database.open(DatabaseFile.of(file), OpenOptions.existing().withClock(TestSessions.CLOCK))) {
            ValidationException refused = assertThrows(ValidationException.class, () -> new ScoreReturns(laptop).prepare());
            assertTrue(refused.getMessage(Locale.ENGLISH).startsWith("Writing the signed score file is refused: the data "
                    + "of this database does not agree with its history"), refused.getMessage(Locale.ENGLISH));
            assertTrue(refused.getMessage(Locale.ENGLISH).contains("table sheet_score"), refused.getMessage(Locale.ENGLISH));
        }
    }
}
