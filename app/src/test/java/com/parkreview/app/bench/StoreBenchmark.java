package com.parkreview.app.bench;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.rubric.Indicator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The time to store one committed score through the real service (its own transaction, history
 * entry and head marker, {@code WRITE_DELAY=0}): p50 and p99 over 3,000 commits. Target p99
 * under 5 ms. Run (after {@code mvn -q install -DskipTests}):
 *
 * <pre>mvn -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.bench.StoreBenchmark</pre>
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("parkreview-store-bench");
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("bench")), OpenOptions.creating())) {
            TestSessions.Ids ids = TestSessions.session(db, 50, 5);
            ScoringService scoring = new ScoringService(db);
            List<Indicator> indicators = db.read(s -> s.sessions().find(ids.session())).orElseThrow()
                    .settings().rubric().indicators();
            List<Long> sheets = new java.util.ArrayList<>();
            for (long applicant : ids.applicants()) {
                for (long expert : ids.experts()) {
                    ScoreSheet sheet = scoring.openSheet(TestSessions.SECRETARY, expert, applicant);
                    sheets.add(sheet.id());
                }
            }
            int warmup = 250;
            int measured = 3000;
            long[] nanos = new long[measured];
            for (int i = 0; i < warmup + measured; i++) {
                long sheet = sheets.get(i / indicators.size() % sheets.size());
                Indicator indicator = indicators.get(i % indicators.size());
                String score = String.valueOf(i % (indicator.max().intValue() + 1));
                long start = System.nanoTime();
                scoring.commitScore(TestSessions.expert(1), sheet, indicator.code(), score);
                if (i >= warmup) {
                    nanos[i - warmup] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "store one committed score (%d commits after %d warm-up): p50 %.2f ms, "
                            + "p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", measured, warmup,
                    Timings.ms(nanos[measured / 2]), Timings.ms(nanos[measured * 9 / 10]),
                    Timings.ms(nanos[measured * 99 / 100]), Timings.ms(nanos[measured - 1]));
        }
    }
}
