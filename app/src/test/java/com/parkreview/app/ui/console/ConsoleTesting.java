package com.parkreview.app.ui.console;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.TestSessions;
import java.util.Locale;

/** A session's console without a window: the database, the merge, the shared snapshot. */
final class ConsoleTesting implements AutoCloseable {

    final Database db;
    final TestSessions.Ids ids;
    final MergeService merge;
    final ConsoleSession console;
    private final Locale before;

    ConsoleTesting(java.nio.file.Path dir, int applicants, int experts, String[]... panels) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, applicants, experts);
        for (int a = 0; a < panels.length; a++) {
            for (int e = 0; e < panels[a].length; e++) {
                if (!panels[a][e].equals("-")) {
                    TestSessions.signedSheet(db, ids.expert(e + 1), ids.applicant(a + 1), panels[a][e]);
                }
            }
        }
        merge = new MergeService(db);
        console = new ConsoleSession(merge, new com.parkreview.app.results.ResultsStanding(db), TestSessions.SECRETARY, ids.session());
    }

    /** The set-up tab's view model on this session, as the secretary. */
    SetupViewModel setupTab() {
        return new SetupViewModel(db, new SessionSetup(db), TestSessions.SECRETARY, ids.session());
    }

    static String[] totals(String... totals) {
        return totals;
    }

    @Override
    public void close() {
        db.close();
        Locale.setDefault(before);
    }
}
