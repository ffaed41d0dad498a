package com.parkreview.app.bench;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.session.ApplicantEntry;
import com.parkreview.scoring.session.SessionMerger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A session of 1,000 applicants × 7 experts (91,000 scores), every sheet typed and signed
 * through the real services: the time to load it for merging (target under 1 s), the merge
 * itself, and the file size per 1,000 applicants after the compaction on close. Building it
 * takes minutes; pass a folder to keep it and time again:
 *
 * <pre>mvn -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.bench.ScaleBenchmark -Dexec.args=/tmp/scale</pre>
 */
public final class ScaleBenchmark {

    private static final int APPLICANTS = 1000;
    private static final int EXPERTS = 7;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("parkreview-scale");
        DatabaseFile file = DatabaseFile.of(folder.resolve("scale"));
        if (!file.exists()) {
            build(file);
        }
        System.out.printf("file after close: %,d bytes for %d applicants × %d experts (%,d bytes per 1,000 applicants)%n",
                Files.size(file.file()), APPLICANTS, EXPERTS, Files.size(file.file()) * 1000 / APPLICANTS);
        try (Database db = Database.open(file, OpenOptions.existing())) {
            long session = db.read(s -> s.sessions().list()).get(0).id();
            List<ApplicantEntry> entries = db.read(s -> StoredSession.load(s, session).entries());
            int scores = entries.stream().mapToInt(e -> e.sheets().size() * 13).sum();
            long[] load = Timings.measure(3, 10, () -> db.read(s -> StoredSession.load(s, session).entries()));
            var settings = db.read(s -> s.sessions().find(session)).orElseThrow().settings();
            long[] merge = Timings.measure(3, 10, () -> new SessionMerger(settings).merge(entries, Optional.empty()));
            System.out.printf("load %,d scores for merging: %s%n", scores, Timings.summary(load));
            System.out.printf("merge them:               %s%n", Timings.summary(merge));
        }
    }

    private static void build(DatabaseFile file) {
        long start = System.nanoTime();
        try (Database db = Database.open(file, OpenOptions.creating())) {
            TestSessions.Ids ids = TestSessions.session(db, APPLICANTS, EXPERTS);
            BenchSessions.scoreEverySheet(db, ids, EXPERTS, 7);
        }
        System.out.printf("built in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
