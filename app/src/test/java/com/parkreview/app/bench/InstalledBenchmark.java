package com.parkreview.app.bench;

import com.parkreview.app.persistence.DatabaseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The installed ParkReview (the jpackage app image {@code mvn -Pdist package} makes) against the
 * alternatives, in one run, each pair interleaved: the first usable window against a bare JavaFX
 * window from the same image's runtime (with the runtime's defaults, and with ParkReview's JVM
 * options and archive), and one results sheet as a whole process ({@code parkreview report})
 * against LibreOffice converting the same sheet's XLSX to PDF, in wall time and peak resident
 * memory (GNU time's %M). Prints the machine's cores and load. Run under a display, after
 * {@code mvn -Pdist package}:
 *
 * <pre>xvfb-run -a -s "-screen 0 1366x768x24" mvn -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.parkreview.app.bench.InstalledBenchmark \
 *     -Dexec.args="dist/target/dist-work/image/parkreview [RUNS]"</pre>
 */
public final class InstalledBenchmark {

    private InstalledBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path launcher = image.resolve("bin/parkreview");
        String javaBin = image.resolve("lib/runtime/bin/java").toString();
        Path jsa = image.resolve("lib/app/parkreview.jsa");
        // The bare window's classes, and StartupPhases (in the application's jar) that it reports with.
        String bareClasses = Path.of("app/target/test-classes").toAbsolutePath() + java.io.File.pathSeparator
                + image.resolve("lib/app/parkreview.jar");
        DatabaseFile demo = StartupBenchmark.demoDatabase();
        System.out.printf(Locale.ROOT, "cores %d, load average before: %s%n", Runtime.getRuntime().availableProcessors(),
                load());

        List<Long> bare = new ArrayList<>();
        List<Long> bareAsParkReview = new ArrayList<>();
        List<Long> client = new ArrayList<>();
        Path settings = Files.createTempDirectory("parkreview-installed-settings");
        window(launcher, demo, settings, true); // the settings a first start leaves
        for (int i = 0; i < runs; i++) {
            bare.add(StartupBenchmark.time(List.of(javaBin, "-cp", bareClasses, BareWindow.class.getName()), null).usable());
            bareAsParkReview.add(StartupBenchmark.time(List.of(javaBin, "-XX:SharedArchiveFile=" + jsa,
                    "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:+UseSerialGC", "-Xms16m",
                    "-XX:TieredStopAtLevel=1", "-cp", bareClasses, BareWindow.class.getName()), null).usable());
            client.add(window(launcher, demo, settings, false));
        }
        System.out.println("bare JavaFX window, runtime defaults:        " + summary(bare));
        System.out.println("bare JavaFX window, ParkReview's options:    " + summary(bareAsParkReview));
        System.out.println("ParkReview installed, first usable window:   " + summary(client));
        System.out.printf(Locale.ROOT, "ratio of medians: %.2f to the bare window, %.2f to it with ParkReview's options%n",
                (double) StartupBenchmark.median(client) / StartupBenchmark.median(bare),
                (double) StartupBenchmark.median(client) / StartupBenchmark.median(bareAsParkReview));

        Path work = Files.createTempDirectory("parkreview-sheet");
        Path database = work.resolve("demo.mv.db");
        Files.copy(demo.file(), database);
        Path xlsx = work.resolve("results.xlsx");
        List<String> report = List.of(launcher.toString(), "report", "--db", database.toString(), "--session", "1",
                "--sheet", "results");
        measured(concat(report, "--out", xlsx.toString()));
        String profile = "-env:UserInstallation=file://" + work.resolve("libreoffice-profile");
        List<String> office = List.of("soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                work.resolve("office").toString(), xlsx.toString());
        measured(office); // LibreOffice's first start makes its profile: not timed
        List<double[]> ours = new ArrayList<>();
        List<double[]> theirs = new ArrayList<>();
        for (int i = 0; i < Math.max(7, runs / 2); i++) {
            ours.add(measured(concat(report, "--out", work.resolve("results.pdf").toString())));
            theirs.add(measured(office));
        }
        double[] p = medians(ours);
        double[] l = medians(theirs);
        System.out.printf(Locale.ROOT, "one results sheet, parkreview report:   median %.2f s, %.0f MiB (%d runs)%n",
                p[0], p[1], ours.size());
        System.out.printf(Locale.ROOT, "the same sheet, LibreOffice xlsx→pdf:   median %.2f s, %.0f MiB (%d runs)%n",
                l[0], l[1], theirs.size());
        System.out.printf(Locale.ROOT, "ratios: time %.2f, memory %.2f%n", p[0] / l[0], p[1] / l[1]);
        System.out.println("load average after: " + load());
    }

    /**
     * One start of the installed launcher on a copy of the database; the first in {@code settings}
     * itself, which keeps the settings it leaves, the others with a copy of them.
     */
    private static long window(Path launcher, DatabaseFile demo, Path settings, boolean first) throws Exception {
        Path home = first ? settings : Files.createTempDirectory("parkreview-installed");
        if (!first) {
            StartupBenchmark.copyFolder(settings.resolve("prefs"), home.resolve("prefs"));
        }
        List<String> copied = StartupBenchmark.client("java", Path.of("unused.jar"), demo, home);
        return StartupBenchmark.time(List.of(launcher.toString(), "--db", copied.get(copied.size() - 1)), home,
                Map.of("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + home.resolve("prefs"))).usable();
    }

    /** Seconds and MiB at the peak, by GNU time. */
    private static double[] measured(List<String> command) throws Exception {
        Path times = Files.createTempFile("time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M"));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
        String[] figures = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
        return new double[] {Double.parseDouble(figures[figures.length - 2]),
            Double.parseDouble(figures[figures.length - 1]) / 1024};
    }

    private static double[] medians(List<double[]> runs) {
        double[] result = new double[2];
        for (int k = 0; k < 2; k++) {
            int index = k;
            List<Double> sorted = runs.stream().map(r -> r[index]).sorted().toList();
            result[k] = sorted.get(sorted.size() / 2);
        }
        return result;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %d ms, min %d ms, max %d ms (%d runs)", sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1), values.size());
    }
}
