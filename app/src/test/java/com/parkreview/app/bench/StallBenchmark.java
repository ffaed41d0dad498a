package com.parkreview.app.bench;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.sheets.PrintSheets;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.ClientContext;
import com.parkreview.app.ui.ClientRoot;
import com.parkreview.app.ui.ClientSettings;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.exchange.ScoreImportViewModel;
import com.parkreview.reports.ReportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The FX thread's longest stall while the real window (headless, Monocle) prints the pack of a
 * 30-applicant, 5-expert session from the console, and while it imports 35 score files through
 * the score-import dialog; each against the same work done on the FX thread directly (what the
 * window did before the work moved to its worker). A probe posts to the FX thread every 5 ms; a
 * stall is how late a post ran. Target: no stall over 100 ms.
 *
 * <pre>mvn -o -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.bench.StallBenchmark</pre>
 */
public final class StallBenchmark {

    private static final int APPLICANTS = 30;
    private static final int EXPERTS = 5;
    private static final int[] EXPORTS_AFTER = {4, 8, 12, 16, 20, 24, 30}; // 7 files an expert, 35 in all

    private StallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String p : "testfx.headless=true prism.order=sw glass.platform=Monocle monocle.platform=Headless prism.text=t2k java.awt.headless=true".split(" ")) {
            System.setProperty(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        Path dir = Files.createTempDirectory("parkreview-stall");
        Database printing = TestSessions.freshDatabase(dir, "print");
        TestSessions.Ids ids = TestSessions.session(printing, APPLICANTS, EXPERTS);
        BenchSessions.scoreEverySheet(printing, ids, EXPERTS, 7);
        new MergeResults(printing, new MergeService(printing)).merge(TestSessions.SECRETARY, ids.session());
        Database direct = TestSessions.freshDatabase(dir, "import-direct");
        List<Path> directFiles = scoreFiles(direct, dir.resolve("direct"));
        Database windowed = TestSessions.freshDatabase(dir, "import-window");
        List<Path> windowFiles = scoreFiles(windowed, dir.resolve("window"));
        System.out.printf("sessions made: %d applicants × %d experts; %d score files%n", APPLICANTS, EXPERTS,
                windowFiles.size());

        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Probe probe = new Probe();
        probe.start();

        SheetRequest pack = new SheetRequest(SheetRequest.Kind.PACK, Optional.empty(), Optional.empty());
        for (int run = 1; run <= 2; run++) {
            measure("pack printed on the FX thread (before), run " + run, probe, () -> fx(() ->
                    new PrintSheets(printing, new ReportService()).print(TestSessions.SECRETARY, ids.session(), pack)));
        }
        Window[] shown = new Window[1];
        Window[] before = new Window[1];
        Answers files = new Answers();
        for (Object[] c : new Object[][] {{printing, ids.session()}}) {
            ClientContext context = new ClientContext(new ClientSettings(Preferences.userRoot()
                    .node("com/parkreview/bench/" + System.nanoTime())), printing, files);
            ClientRoot root = fxGet(() -> {
                Stage stage = new Stage();
                ClientRoot r = new ClientRoot(context, stage);
                r.show();
                stage.setWidth(1280);
                stage.setHeight(760);
                stage.show();
                r.showConsole((Long) c[1]);
                return r;
            });
            for (int run = 1; run <= 2; run++) {
                int windowsBefore = fxGet(() -> Window.getWindows().size());
                measure("pack printed from the console (after), run " + run + ", until its pages show", probe, () -> {
                    Platform.runLater(() -> {
                        MenuButton print = (MenuButton) root.window().getScene().getRoot().lookup("#print");
                        print.getItems().stream().filter(i -> "printPack".equals(i.getId())).findFirst().orElseThrow().fire();
                    });
                    await(() -> fxGet(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                            && w.getScene().getRoot().lookup("#sheetPreview") != null
                            && w.getScene().getRoot().lookupAll(".image-view").stream()
                                    .anyMatch(v -> ((ImageView) v).getImage() != null))));
                });
                fx(() -> {
                    List<Window> open = new ArrayList<>(Window.getWindows());
                    open.stream().filter(w -> w.getScene().getRoot().lookup("#sheetPreview") != null).forEach(Window::hide);
                    return null;
                });
            }

            measure("35 score files imported on the FX thread (before)", probe, () -> fx(() ->
                    new ScoreImportViewModel(direct, TestSessions.SECRETARY, session(direct)).importFiles(directFiles)));
            fx(() -> {
                context.switchTo(windowed);
                root.showConsole(session(windowed));
                return null;
            });
            files.many = windowFiles;
            Platform.runLater(() -> ((Button) root.window().getScene().getRoot().lookup("#importScores")).fire());
            await(() -> fxGet(() -> importDialog() != null));
            measure("35 score files imported through the dialog (after), until its summary shows", probe, () -> {
                Platform.runLater(() -> ((Button) importDialog().getScene().getRoot().lookup("#importChoose")).fire());
                await(() -> fxGet(() -> importDialog().getScene().getRoot().lookup("#importResults") != null
                        && !importDialog().getScene().getRoot().isDisabled()
                        && ((javafx.scene.control.ListView<?>) importDialog().getScene().getRoot()
                                .lookup("#importResults")).getItems().size() == windowFiles.size()));
            });
            System.out.println("summary: " + fxGet(() -> ((javafx.scene.control.Label) importDialog().getScene()
                    .getRoot().lookup("#importSummary")).getText()));
        }
        System.out.printf("machine: %d cores%n", Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    private static Window importDialog() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().lookup("#importChoose") != null).findFirst().orElse(null);
    }

    private static long session(Database db) {
        return db.read(s -> s.sessions().list()).get(0).id();
    }

    /** Each expert scores on a laptop and exports after every few applicants: 7 files each. */
    private static List<Path> scoreFiles(Database secretary, Path folder) throws Exception {
        Files.createDirectories(folder);
        TestSessions.Ids ids = TestSessions.session(secretary, APPLICANTS, EXPERTS);
        List<Path> files = new ArrayList<>();
        for (int e = 1; e <= EXPERTS; e++) {
            try (Database laptop = OfflineDay.laptop(folder, OfflineDay.kit(secretary, ids.session(), e))) {
                int next = 0;
                for (int a = 1; a <= APPLICANTS; a++) {
                    OfflineDay.signed(laptop, String.format("A%02d", a), String.valueOf(60 + (a * 7 + e * 3) % 35));
                    if (a == EXPORTS_AFTER[next]) {
                        files.add(Files.writeString(folder.resolve("E" + e + "-" + (++next) + ".prscore"),
                                ScoreFiles.export(laptop)));
                    }
                }
            }
        }
        return files;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void measure(String what, Probe probe, Work work) throws Exception {
        Thread.sleep(300);
        probe.reset();
        long start = System.nanoTime();
        work.run();
        long took = System.nanoTime() - start;
        Thread.sleep(100);
        System.out.printf("%-75s work %,6d ms, longest FX stall %,5d ms%n", what, took / 1_000_000,
                probe.longest() / 1_000_000);
        System.out.print(probe.stalledIn());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) throws Exception {
        return fxGet(call);
    }

    private static <T> T fxGet(java.util.concurrent.Callable<T> call) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(call);
        Platform.runLater(task);
        try {
            return task.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("not done in 120 s");
            }
            Thread.sleep(5);
        }
    }

    /**
     * Posts to the FX thread every 5 ms and keeps the longest wait of a post for its turn. With
     * {@code -Dbench.stacks=true} it also samples what the FX thread is doing while a post has
     * waited over 40 ms, and prints the most frequent stacks after each measure.
     */
    private static final class Probe extends Thread {
        private final AtomicLong longest = new AtomicLong();
        private final AtomicLong lastRan = new AtomicLong(System.nanoTime());
        private final Map<String, Integer> stalledIn = new ConcurrentHashMap<>();
        private volatile Thread fxThread;

        Probe() {
            super("stall-probe");
            setDaemon(true);
        }

        void reset() {
            longest.set(0);
            stalledIn.clear();
        }

        long longest() {
            return longest.get();
        }

        /** The stacks the FX thread was found in most while stalled, most often first. */
        String stalledIn() {
            StringBuilder out = new StringBuilder();
            stalledIn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                    .forEach(e -> out.append(String.format("    %4d samples (~%d ms):%n%s", e.getValue(), e.getValue() * 5,
                            e.getKey())));
            return out.toString();
        }

        private void sample() {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                Thread fx = fxThread;
                if (fx != null && System.nanoTime() - lastRan.get() > 40_000_000L) {
                    StringBuilder stack = new StringBuilder();
                    int kept = 0;
                    for (StackTraceElement frame : fx.getStackTrace()) {
                        if (kept < 14 && (kept > 0 || !frame.getClassName().startsWith("java."))) {
                            stack.append("        ").append(frame).append('\n');
                            kept++;
                        }
                    }
                    stalledIn.merge(stack.toString(), 1, Integer::sum);
                }
            }
        }

        @Override
        public void run() {
            if (Boolean.getBoolean("bench.stacks")) {
                Thread sampler = new Thread(this::sample, "stall-sampler");
                sampler.setDaemon(true);
                sampler.start();
            }
            while (true) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread();
                    lastRan.set(System.nanoTime());
                    longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                });
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The file dialogs answered by the benchmark. */
    private static final class Answers implements FileDialogs {
        volatile List<Path> many = List.of();

        @Override
        public Optional<Path> open(Window owner, String title, Kind kind) {
            return Optional.empty();
        }

        @Override
        public List<Path> openMany(Window owner, String title, Kind kind) {
            return many;
        }

        @Override
        public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName, Optional<Path> folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.empty();
        }
    }
}
