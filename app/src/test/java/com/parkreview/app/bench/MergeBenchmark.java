package com.parkreview.app.bench;

import com.parkreview.app.exchange.csv.CsvMergeInput;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.session.ApplicantEntry;
import com.parkreview.scoring.session.SessionMerger;
import com.parkreview.scoring.session.SessionResult;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Merges 1,000 applicants × 5 experts × 13 indicators read from CSV (65,000 score rows), in
 * process: reading and checking the file, then the whole session merge (panels, deviation,
 * ranking, agreement). Target: under 0.5 s. Run (after {@code mvn -q install -DskipTests}):
 *
 * <pre>mvn -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.bench.MergeBenchmark</pre>
 */
public final class MergeBenchmark {

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int applicants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path scores = Files.createTempFile("parkreview-bench-scores", ".csv");
        try {
            writeScores(scores, applicants, 5);
            ProgrammeSettings settings = ProgrammeSettings.SHIJINGSHAN;
            List<ApplicantEntry> read = CsvMergeInput.read(scores, Optional.empty(), settings);
            long[] reading = Timings.measure(5, 20, () -> CsvMergeInput.read(scores, Optional.empty(), settings));
            long[] merging = Timings.measure(5, 20, () -> new SessionMerger(settings).merge(read, Optional.empty()));
            long[] both = Timings.measure(5, 20, () -> {
                List<ApplicantEntry> entries = CsvMergeInput.read(scores, Optional.empty(), settings);
                SessionResult result = new SessionMerger(settings).merge(entries, Optional.empty());
                if (result.rows().size() != applicants) {
                    throw new IllegalStateException("lost applicants");
                }
            });
            System.out.printf("%d applicants × 5 experts × 13 indicators (%,d score rows, %,d bytes of CSV)%n",
                    applicants, applicants * 5 * 13, Files.size(scores));
            System.out.printf("  read and check the CSV: %s%n", Timings.summary(reading));
            System.out.printf("  merge the session:      %s%n", Timings.summary(merging));
            System.out.printf("  both (merge --scores):  %s%n", Timings.summary(both));
        } finally {
            Files.delete(scores);
        }
    }

    static void writeScores(Path file, int applicants, int experts) throws java.io.IOException {
        Random random = new Random(20261123);
        List<Indicator> indicators = ProgrammeSettings.SHIJINGSHAN.rubric().indicators();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("applicant,expert,indicator,score\n");
            for (int a = 1; a <= applicants; a++) {
                double quality = 0.45 + random.nextDouble() * 0.5;
                for (int e = 1; e <= experts; e++) {
                    for (Indicator indicator : indicators) {
                        int halfSteps = indicator.max().intValue() * 2;
                        int score = (int) Math.round(halfSteps * Math.min(1, Math.max(0, quality + random.nextGaussian() * 0.08)));
                        out.write(String.format("A%04d,E%d,%s,%s%n", a, e, indicator.code(),
                                java.math.BigDecimal.valueOf(score).divide(java.math.BigDecimal.valueOf(2)).toPlainString()));
                    }
                }
            }
        }
    }
}
