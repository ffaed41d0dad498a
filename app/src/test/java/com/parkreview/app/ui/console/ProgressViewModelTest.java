package com.parkreview.app.ui.console;

import static com.parkreview.app.ui.console.ConsoleTesting.totals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Contact;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress matrix: each sheet's state, what each applicant still needs, who is defending now. */
class ProgressViewModelTest {

    @TempDir
    Path dir;

    private ConsoleTesting t;

    @BeforeEach
    void setUp() {
        t = new ConsoleTesting(dir, 3, 5, totals("85", "84", "-", "-", "-"), totals("80", "80", "80", "-", "-"));
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private List<String> cells(ProgressViewModel progress, int applicant) {
        return progress.rows().get(applicant - 1).cells().stream().map(ProgressViewModel.Cell::text).toList();
    }

    @Test
    void eachCellIsTheStateOfThatExpertsSheet() {
        ScoringService scoring = new ScoringService(t.db);
        scoring.commitScore(TestSessions.expert(3), scoring.openSheet(TestSessions.expert(3), t.ids.expert(3),
                t.ids.applicant(1)).id(), "1.1", "4");
        scoring.declareRecusal(TestSessions.expert(4), t.ids.expert(4), t.ids.applicant(1), "曾在该单位任职");
        t.console.reload();
        ProgressViewModel progress = new ProgressViewModel(t.console::snapshot, TestSessions.CLOCK);
        assertEquals(List.of("已签署", "已签署", "草稿", "已回避", "未开始"), cells(progress, 1));
        assertEquals("还有 2 份待签署", progress.rows().get(0).missing());
    }

    @Test
    void paperSheetCountsOnlyOnceTheSecondEntryMatches() {
        com.parkreview.app.review.Actor first = com.parkreview.app.review.Actor.secretary("王录入");
        com.parkreview.app.review.PaperEntry paper = new com.parkreview.app.review.PaperEntry(t.db);
        long sheet = paper.openPaperSheet(first, t.ids.expert(3), t.ids.applicant(1)).id();
        ScoringService scoring = new ScoringService(t.db);
        java.util.Map<String, String> eighty = new java.util.LinkedHashMap<>();
        String[] values = "5 5 5 5 5 5 10 10 15 15 0 0 0".split(" ");
        String[] codes = "1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3".split(" ");
        for (int i = 0; i < codes.length; i++) {
            eighty.put(codes[i], values[i]);
            scoring.commitScore(first, sheet, codes[i], values[i]);
        }
        scoring.setOpinion(first, sheet, "同意（纸质）。");
        scoring.sign(first, sheet);
        t.console.reload();
        ProgressViewModel progress = new ProgressViewModel(t.console::snapshot, TestSessions.CLOCK);
        assertEquals("已签署，待复核（纸质）", cells(progress, 1).get(2));
        assertEquals("还有 2 份待签署；1 份纸质表待第二人复核录入", progress.rows().get(0).missing());

        java.util.Map<String, String> misread = new java.util.LinkedHashMap<>(eighty);
        misread.put("4.1", "13");
        paper.secondEntry(com.parkreview.app.review.Actor.secretary("李复核"), sheet, misread);
        progress = new ProgressViewModel(t.console::reload, TestSessions.CLOCK);
        assertEquals("已签署，待复核（纸质）", cells(progress, 1).get(2), "a second entry that differs does not count");

        paper.secondEntry(com.parkreview.app.review.Actor.secretary("李复核"), sheet, eighty);
        progress = new ProgressViewModel(t.console::reload, TestSessions.CLOCK);
        assertEquals("已签署（纸质）", cells(progress, 1).get(2));
        assertEquals("还有 2 份待签署", progress.rows().get(0).missing());
    }

    @Test
    void applicantSaysWhenItsPanelIsCompleteOrTooSmall() {
        ScoringService scoring = new ScoringService(t.db);
        scoring.declareRecusal(TestSessions.expert(4), t.ids.expert(4), t.ids.applicant(2), "亲属任职");
        scoring.declareRecusal(TestSessions.expert(5), t.ids.expert(5), t.ids.applicant(2), "亲属任职");
        for (int e = 3; e <= 5; e++) {
            scoring.declareRecusal(TestSessions.expert(e), t.ids.expert(e), t.ids.applicant(3), "同一集团");
        }
        TestSessions.signedSheet(t.db, t.ids.expert(1), t.ids.applicant(3), "70");
        TestSessions.signedSheet(t.db, t.ids.expert(2), t.ids.applicant(3), "72");
        t.console.reload();
        ProgressViewModel progress = new ProgressViewModel(t.console::snapshot, TestSessions.CLOCK);
        assertEquals("已齐", progress.rows().get(1).missing());
        assertEquals("有效专家仅 2 位，不足三位", progress.rows().get(2).missing());
    }

    @Test
    void applicantInItsDefenseSlotOnTheSessionDayIsTheCurrentOne() {
        SessionSetup setup = new SessionSetup(t.db);
        LocalDate day = LocalDate.now(TestSessions.CLOCK);
        long session = setup.createSession(TestSessions.SECRETARY, new SessionDetails("答辩日", 2026, Optional.of(day),
                "", Optional.empty(), null), ProgrammeSettings.SHIJINGSHAN);
        for (int i = 1; i <= 2; i++) {
            long id = setup.addApplicant(TestSessions.SECRETARY, session, new NewApplicant("B0" + i, "园区" + i,
                    TestSessions.uscc(100 + i), Contact.NONE, Optional.empty(), Money.ZERO, i,
                    Optional.of(LocalTime.of(9, 0).plusMinutes(25L * i))));
            setup.setPreReview(TestSessions.SECRETARY, id, PreReview.PASSED);
        }
        ConsoleSession console = new ConsoleSession(t.merge, new com.parkreview.app.results.ResultsStanding(t.db), TestSessions.SECRETARY, session);
        // The clock reads 09:30 in Beijing: B01 (09:25–09:50) is defending, B02 (09:50) not yet.
        ProgressViewModel progress = new ProgressViewModel(console::snapshot, TestSessions.CLOCK);
        assertTrue(progress.rows().get(0).current());
        assertFalse(progress.rows().get(1).current());
        ProgressViewModel later = new ProgressViewModel(console::snapshot,
                Clock.offset(TestSessions.CLOCK, Duration.ofMinutes(20)));
        assertFalse(later.rows().get(0).current());
        assertTrue(later.rows().get(1).current(), "09:50 is B02's first minute");
        ProgressViewModel nextDay = new ProgressViewModel(console::snapshot,
                Clock.offset(TestSessions.CLOCK, Duration.ofDays(1)));
        assertTrue(nextDay.rows().stream().noneMatch(ProgressViewModel.Row::current));
    }
}
