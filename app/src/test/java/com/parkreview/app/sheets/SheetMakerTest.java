package com.parkreview.app.sheets;

import static com.parkreview.app.sheets.PrintedDemo.PRINTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.app.setup.EditExpert;
import com.parkreview.app.testing.FaultyFilePath;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sheet made for output has its verification code recorded, with what it is and the text hashed. */
class SheetMakerTest {

    @TempDir
    Path dir;

    private PrintedDemo demo;
    private long session;

    @BeforeEach
    void demo() {
        demo = new PrintedDemo(dir);
        session = demo.session();
    }

    @AfterEach
    void close() {
        FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
        demo.close();
    }

    private Printout make(Database on, Actor actor, SheetRequest.Kind kind, String applicant, String expert) {
        return demo.make(on, actor, kind, applicant, expert);
    }

    private List<PrintedSheet> recorded() {
        return demo.db().read(s -> s.printedSheets().forSession(session));
    }

    @Test
    void eachSheetOfThePackIsRecordedWithWhatItIsAndTheTextItsCodeIsTheHashOf() {
        Printout pack = make(demo.db(), PRINTER, SheetRequest.Kind.PACK, null, null);
        assertEquals(pack.sheets().size(), pack.newlyRecorded());
        assertEquals(Optional.empty(), pack.notRecorded());
        List<PrintedSheet> recorded = recorded();
        assertEquals(pack.sheets().stream().map(s -> s.code().value()).sorted().toList(),
                recorded.stream().map(PrintedSheet::code).sorted().toList());
        for (PrintedSheet sheet : recorded) {
            assertEquals(sheet.code(), SheetCode.ofText(sheet.canonicalText()).value());
            assertEquals(PRINTER.name(), sheet.printedBy());
            assertEquals(TestSessions.CLOCK.instant(), sheet.printedAt());
        }
        FilledSheet e5 = pack.sheets().stream().filter(s -> s.name().equals("专家评分表_A03_E5")).findFirst().orElseThrow();
        PrintedSheet record = demo.db().read(s -> s.printedSheets().find(e5.code().value())).orElseThrow();
        assertEquals(PrintedSheet.Kind.EXPERT, record.kind());
        assertEquals(demo.db().read(s -> s.applicants().findByCode(session, "A03")).map(a -> a.id()), record.applicantId());
        assertEquals(demo.db().read(s -> s.experts().findByCode(session, "E5")).map(e -> e.id()), record.expertId());
        assertEquals(1, record.round());
        assertEquals(e5.canonicalText(), record.canonicalText());
        assertEquals(1, recorded.stream().filter(s -> s.kind() == PrintedSheet.Kind.SIGN_IN).count());
        assertEquals(6, recorded.stream().filter(s -> s.kind() == PrintedSheet.Kind.SUMMARY).count());
        assertTrue(recorded.stream().filter(s -> s.kind() == PrintedSheet.Kind.RESULTS)
                .allMatch(s -> s.applicantId().isEmpty() && s.expertId().isEmpty()));
    }

    @Test
    void theSameSheetPrintedAgainKeepsItsFirstRecord() {
        Printout first = make(demo.db(), PRINTER, SheetRequest.Kind.EXPERT, "A03", "E5");
        long history = demo.db().read(s -> s.history().count());
        Printout again = make(demo.db(), Actor.secretary("另一人"), SheetRequest.Kind.EXPERT, "A03", "E5");
        assertEquals(first.sheets().get(0).code(), again.sheets().get(0).code());
        assertEquals(1, first.newlyRecorded());
        assertEquals(0, again.newlyRecorded());
        assertEquals(1, recorded().size());
        assertEquals(PRINTER.name(), recorded().get(0).printedBy());
        assertEquals(history, (long) demo.db().read(s -> s.history().count()));
    }

    @Test
    void aRoundOneSheetPrintedInThePackOfARoundTwoPanelIsTheSheetPrintedAlone() {
        demo.reReviewE5OnA03("4 3.5 1.5 4 3.5 4.5 7 7 11 11 4 3.5 7.5");
        Printout alone = make(demo.db(), PRINTER, SheetRequest.Kind.EXPERT, "A03", "E1");
        Printout pack = make(demo.db(), PRINTER, SheetRequest.Kind.PACK, null, null);
        FilledSheet inPack = pack.sheets().stream().filter(s -> s.name().equals("专家评分表_A03_E1")).findFirst()
                .orElseThrow();
        assertTrue(pack.sheets().stream().anyMatch(s -> s.name().equals("专家评分表_A03_E5_r2")));
        assertEquals(alone.sheets().get(0).code(), inPack.code());
        assertEquals(pack.sheets().size() - 1, pack.newlyRecorded());
    }

    /**
     * A tester's round 14: the blank sheet of an applicant re-reviewed said 第1轮 printed alone and
     * 复评（第 2 轮） in the pack, two sheets with two codes for one moment. Both say the round its
     * summary says, and are one sheet.
     */
    @Test
    void aBlankSheetPrintedAloneSaysTheRoundThePackSays() {
        demo.reReviewE5OnA03("4 3.5 1.5 4 3.5 4.5 7 7 11 11 4 3.5 7.5");
        Printout alone = make(demo.db(), PRINTER, SheetRequest.Kind.BLANK, "A03", null);
        Printout pack = make(demo.db(), PRINTER, SheetRequest.Kind.PACK, null, null);
        assertTrue(alone.sheets().get(0).canonicalText().contains("session.round=2\n"), alone.sheets().get(0).canonicalText());
        assertTrue(pack.sheets().stream().anyMatch(s -> s.code().equals(alone.sheets().get(0).code())),
                "the blank sheet of the pack is the one printed alone");
        Printout first = make(demo.db(), PRINTER, SheetRequest.Kind.BLANK, "A01", null);
        assertTrue(first.sheets().get(0).canonicalText().contains("session.round=1\n"));
    }

    @Test
    void recordingGoesIntoTheHistoryAndTheChainHolds() {
        Printout results = make(demo.db(), PRINTER, SheetRequest.Kind.RESULTS, null, null);
        String code = results.sheets().get(0).code().value();
        var entries = demo.db().read(s -> s.history().forEntity("printed_sheet", code));
        assertEquals(1, entries.size());
        assertEquals("results session=" + session + " round=1", entries.get(0).newValue().orElseThrow());
        assertTrue(demo.db().read(s -> s.history().verify()).intact());
    }

    @Test
    void aReadOnlyDatabaseStillPrintsAndSaysTheCodesAreNotRecorded() {
        demo.whileClosed(() -> {
            FaultyFilePath.inject(FaultyFilePath.Fault.READ_ONLY_FILE);
            try (Database readOnly = Database.open(DatabaseFile.of(dir.resolve("test")),
                    OpenOptions.existing().withClock(TestSessions.CLOCK).withFileSystem(FaultyFilePath.SCHEME))) {
                Printout printout = make(readOnly, PRINTER, SheetRequest.Kind.SUMMARY, "A01", null);
                assertEquals(1, printout.sheets().size());
                assertEquals(0, printout.newlyRecorded());
                assertTrue(printout.notRecorded().orElseThrow().in(Locale.ENGLISH).startsWith(
                        "This database cannot be written, so the verification codes of these sheets are not recorded"));
                assertTrue(printout.notRecorded().orElseThrow().in(Locale.SIMPLIFIED_CHINESE).startsWith("该数据库不可写入"));
            } finally {
                FaultyFilePath.inject(FaultyFilePath.Fault.NONE);
            }
        });
        assertEquals(List.of(), recorded());
    }

    /** A tester's round 7: a panel with no group leader made the summary fail with "did not expect", exit 1. */
    @Test
    void aPanelWithoutAGroupLeaderGetsNoSummaryAndIsToldWhy() {
        Expert leader = demo.db().read(s -> s.experts().list(session)).stream().filter(Expert::groupLeader).findFirst()
                .orElseThrow();
        new EditExpert(demo.db()).edit(TestSessions.SECRETARY, leader, new NewExpert(leader.code(), leader.name(),
                leader.organisation(), leader.role(), false), "组长更正");
        for (SheetRequest.Kind kind : List.of(SheetRequest.Kind.SUMMARY, SheetRequest.Kind.PACK)) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> make(demo.db(), PRINTER, kind, null, null));
            assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("的专家组没有组长"), e.getMessage(Locale.SIMPLIFIED_CHINESE));
        }
        assertEquals(List.of(), recorded());
    }

    @Test
    void aRefusedRequestRecordsNothing() {
        assertThrows(ValidationException.class, () -> make(demo.db(), PRINTER, SheetRequest.Kind.EXPERT, "A06", "E3"));
        assertEquals(List.of(), recorded());
    }
}
