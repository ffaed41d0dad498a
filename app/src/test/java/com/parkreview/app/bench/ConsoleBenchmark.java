package com.parkreview.app.bench;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.console.ConsoleSession;
import com.parkreview.app.ui.console.PanelViewModel;
import com.parkreview.app.ui.console.ResultsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The secretary's console on a session of 200 applicants × 5 experts (every sheet signed, random
 * scores, so many flags): moving from one applicant to the next in the panel view, and computing
 * the results again (reading the session, merging, recording new flags, refreshing the ranking).
 * Target: each under 100 ms. Pass a folder to keep the session between runs:
 *
 * <pre>mvn -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.bench.ConsoleBenchmark -Dexec.args=/tmp/console</pre>
 */
public final class ConsoleBenchmark {

    private static final int APPLICANTS = 200;
    private static final int EXPERTS = 5;

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("parkreview-console");
        DatabaseFile file = DatabaseFile.of(folder.resolve("console"));
        if (!file.exists()) {
            long start = System.nanoTime();
            try (Database db = Database.open(file, OpenOptions.creating())) {
                BenchSessions.scoreEverySheet(db, TestSessions.session(db, APPLICANTS, EXPERTS), EXPERTS, 11);
            }
            System.out.printf("built in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
        try (Database db = Database.open(file, OpenOptions.existing())) {
            long session = db.read(s -> s.sessions().list()).get(0).id();
            MergeService merge = new MergeService(db);
            ConsoleSession console = new ConsoleSession(merge, new com.parkreview.app.results.ResultsStanding(db), TestSessions.SECRETARY, session);
            PanelViewModel panel = new PanelViewModel(console, merge, new SessionSetup(db), TestSessions.SECRETARY);
            ResultsViewModel results = new ResultsViewModel(console::snapshot);
            List<Applicant> applicants = List.copyOf(panel.applicants());
            int[] next = {0};
            long[] switching = Timings.measure(50, 400,
                    () -> panel.select(applicants.get(next[0]++ % applicants.size())));
            long[] recompute = Timings.measure(3, 20, () -> {
                console.reload();
                results.refresh();
                panel.refresh();
            });
            long[] reading = Timings.measure(3, 20, () -> db.read(s -> com.parkreview.app.review.StoredSession
                    .load(s, session)));
            long[] merging = Timings.measure(3, 20, console::reload);
            System.out.printf("of which reading the session: %s%n", Timings.summary(reading));
            System.out.printf("of which reading, merging, checking flags (one transaction): %s%n",
                    Timings.summary(merging));
            System.out.printf("panel view, next applicant (of %d, %d flags on screen at most): %s%n", applicants.size(),
                    applicants.stream().mapToInt(a -> console.snapshot().currentFlags(a).size()).max().orElse(0),
                    Timings.summary(switching));
            System.out.printf("results computed again (read, merge, flags, ranking, panel): %s%n",
                    Timings.summary(recompute));
        }
    }
}
