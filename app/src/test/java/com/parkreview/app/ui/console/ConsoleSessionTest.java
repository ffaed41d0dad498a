package com.parkreview.app.ui.console;

import static com.parkreview.app.ui.console.ConsoleTesting.totals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.results.MergeResults;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's session model: a change committed anywhere in the program reaches every tab
 * without any tab asking for it, and a change that alters the merged results says they are out
 * of date until the secretary merges again.
 */
class ConsoleSessionTest {

    @TempDir
    Path dir;

    private ConsoleTesting t;
    private final AtomicInteger readings = new AtomicInteger();

    @BeforeEach
    void setUp() {
        t = new ConsoleTesting(dir, 2, 5,
                totals("85", "85", "85", "85", "70"),
                totals("75", "75", "75", "75", "75"));
        t.console.onReload(readings::incrementAndGet);
        t.console.watch(t.db, Runnable::run, Runnable::run); // the test's thread stands for the worker and the FX thread
        new MergeResults(t.db, t.merge).merge(TestSessions.SECRETARY, t.ids.session());
        readings.set(0);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void aChangeMadeElsewhereIsReadWithoutAskingAndMarksTheResultsOutOfDate() {
        assertEquals("", t.console.staleWarningProperty().get());

        reopenSheetOf(1, 2); // as the score import or another screen would: straight to the store

        assertTrue(readings.get() > 0, "the tabs were not told of the change");
        String warning = t.console.staleWarningProperty().get();
        assertTrue(warning.contains("结果已过期") && warning.contains("A02"), warning);
        assertEquals(1, t.console.snapshot().stored().sheets().stream()
                .filter(sheet -> sheet.status() == com.parkreview.app.review.SheetStatus.DRAFT).count());

        new MergeResults(t.db, t.merge).merge(TestSessions.SECRETARY, t.ids.session());

        assertEquals("", t.console.staleWarningProperty().get());
    }

    @Test
    void aConsoleLeftNoLongerReadsTheSession() {
        t.console.close();

        reopenSheetOf(1, 2);

        assertEquals(0, readings.get());
    }

    private void reopenSheetOf(int expert, int applicant) {
        ScoreSheet sheet = t.db.read(s -> s.sheets().current(t.ids.expert(expert), t.ids.applicant(applicant))).orElseThrow();
        new ScoringService(t.db).reopen(TestSessions.SECRETARY, sheet.id(), "专家要求更正笔误");
    }
}
