package com.parkreview.reports.bench;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.reports.fixture.LargeSession;
import com.parkreview.reports.fixture.RealisticSession;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How fast the sheets print (not a test; run by hand, after {@code mvn install -DskipTests}):
 *
 * <pre>mvn -q -Dmaven.repo.local=/root/.m2-reports -pl reports exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.parkreview.reports.bench.ReportBenchmark</pre>
 *
 * <ol>
 *   <li>the first sheet in a fresh JVM: a child JVM per run fills and exports one precompiled
 *       expert sheet, timed from the JVM's start and from the first call (target &lt; 2 s); and
 *       the same after {@link ReportService#preload()};</li>
 *   <li>a warm fill + PDF export per sheet, each kind, after five whole packs of the example
 *       session as a warm-up (target &lt; 30 ms);</li>
 *   <li>the full pack of a 30-applicant session: sign-in, 150 expert sheets, 30 summaries and the
 *       results, filled and exported as one PDF (target &lt; 10 s).</li>
 * </ol>
 */
public final class ReportBenchmark {

    private static final int FRESH_JVMS = 10;
    private static final int WARMUPS = 200;
    private static final int RUNS = 200;
    private static final int PACK_RUNS = 5;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        firstSheetInFreshJvms();
        warmSheets();
        fullPack(30);
    }

    private static void firstSheetInFreshJvms() throws IOException, InterruptedException, URISyntaxException {
        double[][] cold = probe("cold");
        double[][] preloaded = probe("preload");
        System.out.println("First expert sheet in a fresh JVM (fill + PDF export of a precompiled template):");
        System.out.println("  from JVM start:                  " + new Stats(cold[0]));
        System.out.println("  from first call:                 " + new Stats(cold[1]));
        System.out.println("  ReportService.preload() itself:  " + new Stats(preloaded[2]));
        System.out.println("  first call after preload():      " + new Stats(preloaded[1]));
    }

    /** Runs the probe in fresh JVMs; per figure (from start, from first call, preload) one value a run. */
    private static double[][] probe(String mode) throws IOException, InterruptedException, URISyntaxException {
        double[][] figures = new double[3][FRESH_JVMS];
        String classpath = classpath();
        for (int run = 0; run < FRESH_JVMS; run++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", classpath, FirstSheetProbe.class.getName(), mode)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String[] line = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
            if (child.waitFor() != 0) {
                throw new IllegalStateException("probe failed");
            }
            for (int figure = 0; figure < 3; figure++) {
                figures[figure][run] = Double.parseDouble(line[figure]);
            }
        }
        return figures;
    }

    private static void warmSheets() {
        ReportService service = new ReportService();
        PanelSummary a03 = RealisticSession.pack().summaries().get(2);
        SessionPack pack = RealisticSession.pack();
        for (int round = 0; round < 5; round++) {
            List<FilledSheet> all = service.pack(pack, EnumSet.allOf(SheetKind.class));
            service.exportPdf(all, DocumentInfo.of("warm-up", Optional.empty(), all), new ByteArrayOutputStream());
        }
        measure("expert sheet (1 page)", () -> service.expertSheet(a03.header(), RealisticSession.SETTINGS,
                a03.applicant(), a03.expert("E2"), a03.sheetOf("E2")), service);
        measure("blank sheet (1 page)", () -> service.blankSheet(a03.header(), RealisticSession.SETTINGS,
                a03.applicant()), service);
        measure("panel summary (2 pages)", () -> service.panelSummary(a03, RealisticSession.SETTINGS), service);
        measure("results list (1 page)", () -> service.results(pack.results(), RealisticSession.SETTINGS), service);
        measure("sign-in sheet (1 page)", () -> service.signIn(pack.signIn()), service);
    }

    private static void measure(String what, Supplier<FilledSheet> fill, ReportService service) {
        long[] nanos = new long[RUNS];
        for (int run = -WARMUPS; run < RUNS; run++) {
            long start = System.nanoTime();
            FilledSheet sheet = fill.get();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.exportPdf(List.of(sheet), DocumentInfo.of(sheet.name(), Optional.empty(), List.of(sheet)), out);
            if (run >= 0) {
                nanos[run] = System.nanoTime() - start;
            }
        }
        System.out.printf("Warm fill + PDF export, %-24s %s%n", what + ":", Stats.ofNanos(nanos));
    }

    private static void fullPack(int applicants) {
        SessionPack pack = LargeSession.of(applicants);
        ReportService service = new ReportService();
        EnumSet<SheetKind> kinds = EnumSet.of(SheetKind.SIGN_IN, SheetKind.EXPERT_SHEET, SheetKind.PANEL_SUMMARY,
                SheetKind.RESULTS);
        long[] nanos = new long[PACK_RUNS];
        int sheets = 0;
        int pages = 0;
        int bytes = 0;
        for (int run = 0; run < PACK_RUNS; run++) {
            long start = System.nanoTime();
            List<FilledSheet> filled = service.pack(pack, kinds);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.exportPdf(filled, DocumentInfo.of("pack", Optional.empty(), filled), out);
            nanos[run] = System.nanoTime() - start;
            sheets = filled.size();
            pages = filled.stream().mapToInt(FilledSheet::pages).sum();
            bytes = out.size();
        }
        System.out.printf("Full pack, %d applicants: %d sheets (%s), %d pages, %,d bytes of PDF%n", applicants, sheets,
                describe(service.pack(pack, kinds)), pages, bytes);
        System.out.println("  fill all + one PDF (first run included): " + Stats.ofNanos(nanos));
    }

    private static String describe(List<FilledSheet> sheets) {
        return sheets.stream().collect(Collectors.groupingBy(FilledSheet::kind, Collectors.counting()))
                .entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey().title()).collect(Collectors.joining(", "));
    }

    /** The class path of this run: exec:java puts the project's on a URL class loader, a plain java on java.class.path. */
    private static String classpath() throws URISyntaxException {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
