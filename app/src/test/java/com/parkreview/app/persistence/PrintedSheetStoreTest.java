package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The store keeps a printed sheet's record whole: a code of the printed form, and whose sheet it is. */
class PrintedSheetStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a code not of 12 lower-case hex characters | E41BE3571BDF | expert  | true  | true
            an expert sheet without its expert         | e41be3571bdf | expert  | true  | false
            a summary naming an expert                 | e41be3571bdf | summary | true  | true
            a results list naming an applicant         | e41be3571bdf | results | true  | false
            """)
    void aRecordThatIsNotWholeIsRefusedAndNothingIsWritten(String name, String code, String kind, boolean applicant,
            boolean expert) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 1, 3);
            long history = db.read(s -> s.history().count());
            PrintedSheet.New record = new PrintedSheet.New(code, PrintedSheet.Kind.of(kind), ids.session(),
                    applicant ? Optional.of(ids.applicant(1)) : Optional.empty(),
                    expert ? Optional.of(ids.expert(1)) : Optional.empty(), 1, "kind=test\n");
            assertThrows(StoreException.class, () -> db.write(TestSessions.SECRETARY, s -> s.printedSheets().record(record)),
                    name);
            assertEquals(List.of(), db.read(s -> s.printedSheets().forSession(ids.session())));
            assertEquals(history, (long) db.read(s -> s.history().count()));
        }
    }

    @Test
    void aWholeRecordIsKeptAsGiven() {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 1, 3);
            PrintedSheet.New record = new PrintedSheet.New("e41be3571bdf", PrintedSheet.Kind.EXPERT, ids.session(),
                    Optional.of(ids.applicant(1)), Optional.of(ids.expert(2)), 2, "kind=expert-sheet\nopinion=同意\\n再议\n");
            long before = db.read(s -> s.history().count());
            db.write(TestSessions.SECRETARY, s -> s.printedSheets().record(record));
            var entry = db.read(s -> s.history().forEntity("printed_sheet", "e41be3571bdf")).get(0);
            HistoryHead recording = new HistoryHead(entry.seq(), entry.hash());
            assertEquals(before + 1, recording.seq(), "the entry that records the printing, before the row's journal");
            assertEquals(new PrintedSheet(record.code(), record.kind(), record.sessionId(), record.applicantId(),
                    record.expertId(), 2, record.canonicalText(), TestSessions.CLOCK.instant(),
                    TestSessions.SECRETARY.name(), Optional.of(recording)),
                    db.read(s -> s.printedSheets().find("e41be3571bdf")).orElseThrow());
        }
    }
}
