package com.parkreview.reports.bench;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fixture.RealisticSession;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Run in a fresh JVM by {@link ReportBenchmark}: fills and exports one precompiled expert sheet
 * and prints three figures in milliseconds, {@code fromJvmStart fromFirstCall preload}. The session
 * data is built before the first call (the app has it from its database); the first call is the
 * ReportService's fill, the clock stops when the PDF bytes are written. With the argument
 * {@code preload}, {@link ReportService#preload()} runs first (its time is the third figure).
 */
public final class FirstSheetProbe {

    private FirstSheetProbe() {
    }

    public static void main(String[] args) {
        PanelSummary summary = RealisticSession.pack().summaries().get(0);
        ReportService service = new ReportService();
        long preload = 0;
        if (args.length > 0 && args[0].equals("preload")) {
            long start = System.nanoTime();
            service.preload();
            preload = System.nanoTime() - start;
        }
        long firstCall = System.nanoTime();
        FilledSheet sheet = service.expertSheet(summary.header(), RealisticSession.SETTINGS, summary.applicant(),
                summary.expert("E1"), summary.sheetOf("E1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportPdf(List.of(sheet), DocumentInfo.of(sheet.name(), Optional.empty(), List.of(sheet)), out);
        long done = System.nanoTime();
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (out.size() < 1000) {
            throw new IllegalStateException("no PDF");
        }
        System.out.println(sinceStart + " " + (done - firstCall) / 1_000_000.0 + " " + preload / 1_000_000.0);
    }
}
