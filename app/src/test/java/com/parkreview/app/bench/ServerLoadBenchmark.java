package com.parkreview.app.bench;

import com.parkreview.app.persistence.ServerAddress;
import com.parkreview.app.persistence.ServerDatabase;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.server.AddPanel;
import com.parkreview.app.server.GrantPanel;
import com.parkreview.app.server.InitServer;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * A programme office's busiest moment: 20 panels × 5 experts saving scores at once for a minute,
 * each panel's secretary on a machine of its own (its own connections) to one PostgreSQL server
 * on this machine, first as one role, then as a programme office runs it (server init, a panel per
 * machine, each machine its panel's secretary, every write through the row-level security); as the
 * baseline in the same run, the same load on one H2 file, which has one writer. Reports the time to a committed score (p50, p99, max), the scores saved, any score lost
 * or overwritten (each expert's sheet must hold the last value that expert saved at each
 * indicator) and whether the history verifies afterwards. Goal (issue 20): p99 under 20 ms.
 *
 * <p>Two loads on each store. <b>Flat out</b>: every expert saves again as soon as the last save
 * committed (the stores' capacity; the time to a commit is then mostly the wait behind the 99
 * others). <b>Paced</b>: every expert saves one score every {@code bench.pace.ms} (200 and
 * 1,000 ms: ten and two times a fast typist, who saves a score every two seconds at most), and the time is counted from
 * the moment the save was due, so that a save kept waiting by a slow one before it counts its wait
 * too.
 *
 * <pre>mvn -o -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.bench.ServerLoadBenchmark [-Dbench.seconds=60] [-Dbench.pace.ms=200,1000]</pre>
 */
public final class ServerLoadBenchmark {

    private static final int PANELS = 20;
    private static final int EXPERTS = 5;

    private ServerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 60);
        List<Long> paces = new ArrayList<>(List.of(0L));
        for (String ms : System.getProperty("bench.pace.ms", "200,1000").split(",")) {
            paces.add(Long.parseLong(ms.trim()) * 1_000_000L);
        }
        System.out.printf(Locale.ROOT, "%d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (long pace : paces) {
            String load = pace == 0 ? "flat out" : "paced, a save every " + pace / 1_000_000 + " ms per expert";
            String address = PostgresServer.freshDatabase();
            List<OpenStore> machines = new ArrayList<>();
            for (int p = 0; p < PANELS; p++) {
                machines.add(ServerDatabase.open(ServerAddress.parse(address), Optional.empty(), TestSessions.CLOCK));
            }
            report("PostgreSQL 15, " + PANELS + " machines, " + load, run(i -> machines.get(i), seconds, pace));
            machines.forEach(OpenStore::close);

            List<OpenStore> secretaries = office(PostgresServer.freshDatabase());
            report("PostgreSQL 15 with panels (server init; row-level security; each machine its panel's secretary), "
                    + load, run(i -> secretaries.get(i), seconds, pace));
            secretaries.forEach(OpenStore::close);

            Path dir = Files.createTempDirectory("load-h2");
            try (OpenStore file = TestSessions.freshDatabase(dir)) {
                report("H2 file, one writer (baseline), " + load, run(i -> file, seconds, pace));
            }
        }
        System.out.printf(Locale.ROOT, "load average after: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.exit(0);
    }

    /**
     * A server set up as a programme office runs it: {@code server init}, a panel for each machine
     * and a login role that is that panel's secretary; each machine connects as its secretary, so
     * that every write passes the row-level security.
     */
    private static List<OpenStore> office(String address) throws Exception {
        String database = address.substring(address.lastIndexOf('/') + 1, address.indexOf('?'));
        Actor owner = Actor.commandLine();
        List<OpenStore> machines = new ArrayList<>();
        try (OpenStore server = ServerDatabase.open(ServerAddress.parse(address), Optional.empty(), TestSessions.CLOCK);
                Connection superuser = PostgresServer.connect(address); Statement sql = superuser.createStatement()) {
            new InitServer(owner).run(server);
            for (int p = 0; p < PANELS; p++) {
                String secretary = "secretary_" + database + "_" + p;
                sql.execute("CREATE ROLE " + secretary + " LOGIN");
                new AddPanel(owner).run(server, "P" + p, "第" + (p + 1) + "评审组");
                new GrantPanel(owner).run(server, secretary, Optional.of("P" + p));
                machines.add(ServerDatabase.open(ServerAddress.parse(address.replace(PostgresServer.user() + "@",
                        secretary + "@")), Optional.empty(), TestSessions.CLOCK));
            }
        }
        return machines;
    }

    /** What one run measured. */
    private record Result(long[] nanos, int lost, ChainCheck check, int seconds) {
    }

    /** {@code paceNanos} 0: flat out; else each expert's saves are due that far apart, timed from when due. */
    private static Result run(IntFunction<OpenStore> machineOfPanel, int seconds, long paceNanos) throws Exception {
        List<Indicator> indicators = ProgrammeSettings.SHIJINGSHAN.rubric().indicators();
        List<long[]> sheets = new ArrayList<>(); // {panel, sheet id}
        for (int p = 0; p < PANELS; p++) {
            OpenStore store = machineOfPanel.apply(p);
            TestSessions.Ids ids = TestSessions.session(store, 1, EXPERTS);
            for (int e = 1; e <= EXPERTS; e++) {
                long sheet = new ScoringService(store).openSheet(TestSessions.SECRETARY, ids.expert(e), ids.applicant(1))
                        .id();
                sheets.add(new long[] {p, sheet});
            }
        }
        Map<String, String> lastSaved = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (long[] sheet : sheets) {
            // each expert's saves fall at their own moment of the interval: the experts are not in step
            long offset = paceNanos * threads.size() / sheets.size();
            long[] mine = new long[200_000];
            latencies.add(mine);
            OpenStore store = machineOfPanel.apply((int) sheet[0]);
            Actor typist = Actor.expert("E" + sheet[1], "专家");
            Thread thread = new Thread(() -> {
                ScoringService scoring = new ScoringService(store);
                int n = 0;
                try {
                    start.await();
                    long due = System.nanoTime() + offset;
                    while (System.nanoTime() < deadline && n < mine.length - 1) {
                        Indicator indicator = indicators.get(n % indicators.size());
                        String value = String.valueOf((n / indicators.size()) % 5);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long before = paceNanos == 0 ? System.nanoTime() : due;
                        scoring.commitScore(TestSessions.SECRETARY, sheet[1], indicator.code(), value);
                        mine[++n] = System.nanoTime() - before;
                        due += paceNanos;
                        lastSaved.put(sheet[1] + "/" + indicator.code(), value);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                mine[0] = n;
            }, "expert-" + typist.name());
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        int total = latencies.stream().mapToInt(l -> (int) l[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] mine : latencies) {
            System.arraycopy(mine, 1, all, at, (int) mine[0]);
            at += (int) mine[0];
        }
        Arrays.sort(all);
        int lost = 0;
        for (long[] sheet : sheets) {
            OpenStore store = machineOfPanel.apply((int) sheet[0]);
            for (IndicatorEntry entry : store.read(s -> s.sheets().find(sheet[1])).orElseThrow().entries()) {
                String saved = lastSaved.get(sheet[1] + "/" + entry.code());
                if (saved != null && entry.score().map(BigDecimal::stripTrailingZeros)
                        .filter(v -> v.compareTo(new BigDecimal(saved)) == 0).isEmpty()) {
                    lost++;
                }
            }
        }
        ChainCheck check = machineOfPanel.apply(0).read(s -> s.history().verify());
        return new Result(all, lost, check, seconds);
    }

    private static void report(String what, Result result) {
        long[] n = result.nanos();
        System.out.printf(Locale.ROOT, "%s: %d scores saved in %d s (%.0f a second) by %d experts; time to a committed "
                        + "score p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d lost or overwritten; history %s (%d entries)%n",
                what, n.length, result.seconds(), n.length / (double) result.seconds(), PANELS * EXPERTS,
                Timings.ms(n[n.length / 2]), Timings.ms(n[(int) Math.ceil(n.length * 0.99) - 1]),
                Timings.ms(n[n.length - 1]), result.lost(), result.check().intact() ? "intact" : "BROKEN",
                result.check().entries());
    }
}
