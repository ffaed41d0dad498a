package com.parkreview.app.bench;

import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.ui.FrameOnlyWindow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to the first usable window, ParkReview against a bare JavaFX window measured the same
 * way (JVM start to the first frame after the window is shown), each in fresh JVMs and from the
 * same runnable jar; between them, {@link FrameOnlyWindow}: ParkReview's frame and start page
 * from their FXML in its theme, with nothing else. ParkReview opens a copy of the demonstration
 * database a first start places (or of the database named after the jar), with the settings a
 * first start leaves (that file in the recent files); it also reports when its start page listed
 * that database's sessions. Run under a display, after
 * {@code mvn -q install -DskipTests}:
 *
 * <pre>xvfb-run -a -s "-screen 0 1366x768x24" mvn -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.parkreview.app.bench.StartupBenchmark -Dexec.args="app/target/parkreview.jar [DB.mv.db]"</pre>
 */
public final class StartupBenchmark {

    private static final Pattern FIGURE = Pattern.compile("first usable window (\\d+) ms");
    private static final Pattern SHOWN = Pattern.compile("window shown (\\d+)");
    private static final Pattern SESSIONS = Pattern.compile("sessions listed (\\d+)");
    private static final int RUNS = 15;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        DatabaseFile demo = args.length > 1 ? DatabaseFile.of(Path.of(args[1]).toAbsolutePath()) : demoDatabase();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The user's settings as the first start leaves them (the file opened, in the recent files):
        // reading them is part of every later start.
        Path settings = Files.createTempDirectory("parkreview-startup-settings");
        time(client(javaBin, jar, demo, settings), settings);
        List<Long> bare = new ArrayList<>();
        List<Long> frameOnly = new ArrayList<>();
        List<Long> client = new ArrayList<>();
        List<Long> listed = new ArrayList<>();
        String classes = jar + java.io.File.pathSeparator + jar.resolveSibling("test-classes");
        for (int i = 0; i < RUNS; i++) {
            bare.add(time(List.of(javaBin, "-cp", classes, BareWindow.class.getName()), null).usable());
            frameOnly.add(time(List.of(javaBin, "-cp", classes, FrameOnlyWindow.class.getName()), null).usable());
            // A home of its own per run: the user's recent files and log are left alone.
            Path home = Files.createTempDirectory("parkreview-startup");
            copyFolder(settings.resolve("prefs"), home.resolve("prefs"));
            Start start = time(client(javaBin, jar, demo, home), home);
            client.add(start.usable());
            listed.add(start.sessionsListed());
        }
        System.out.println("bare JavaFX window: " + summary(bare));
        System.out.println("frame only:         " + summary(frameOnly));
        System.out.println("ParkReview:         " + summary(client));
        System.out.println("  sessions listed:  " + summary(listed));
        System.out.printf(Locale.ROOT, "ratio of medians to the bare window: frame only %.2f, ParkReview %.2f%n",
                (double) median(frameOnly) / median(bare), (double) median(client) / median(bare));
    }

    /** ParkReview on a copy of the database, with its settings and log in {@code home}. */
    static List<String> client(String javaBin, Path jar, DatabaseFile demo, Path home, String... javaOptions)
            throws Exception {
        Path copy = home.resolve("demo.mv.db");
        Files.copy(demo.file(), copy);
        if (Files.exists(demo.headMarker())) {
            Files.copy(demo.headMarker(), home.resolve("demo.head"));
        }
        List<String> command = new ArrayList<>(List.of(javaBin));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + home.resolve("prefs"), "-jar", jar.toString(), "--db",
                copy.toString()));
        return command;
    }

    static void copyFolder(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    /** The demonstration database as a first start places it. */
    static DatabaseFile demoDatabase() throws Exception {
        DatabaseFile file = DatabaseFile.of(Files.createTempDirectory("parkreview-startup-demo").resolve("demo"));
        if (!DemoDatabase.placeIfMissing(file)) {
            throw new IllegalStateException("no demonstration database in this build: run mvn install first");
        }
        System.out.printf("demonstration database: %,d bytes%n", Files.size(file.file()));
        return file;
    }

    /**
     * When a start showed its first usable window and, for ParkReview, when its window was shown
     * and when the start page listed the sessions of its database (opened once the window is
     * shown); -1 when there is none.
     */
    record Start(long usable, long windowShown, long sessionsListed) {
    }

    /**
     * Runs until the figure appears (in the output, or — given ParkReview's home — in its log),
     * then stops the process.
     */
    static Start time(List<String> command, Path home) throws Exception {
        return time(command, home, java.util.Map.of());
    }

    /** As {@link #time(List, Path)}, with these variables added to the process's environment. */
    static Start time(List<String> command, Path home, java.util.Map<String, String> environment) throws Exception {
        boolean fromLog = home != null;
        Path log = fromLog ? home.resolve("data").resolve("parkreview").resolve("parkreview.log") : null;
        long logStart = 0;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (fromLog) {
            builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            while (System.nanoTime() < deadline) {
                String text = fromLog ? newLogText(log, logStart) : (out.ready() ? out.readLine() : "");
                Matcher m = FIGURE.matcher(text == null ? "" : text);
                if (m.find()) {
                    return new Start(Long.parseLong(m.group(1)), figure(SHOWN, text), figure(SESSIONS, text));
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("no start-up figure from " + command);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The number {@code pattern} finds in {@code text}, or -1. */
    private static long figure(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String newLogText(Path log, long from) throws Exception {
        if (!Files.exists(log)) {
            return "";
        }
        byte[] all = Files.readAllBytes(log);
        return from >= all.length ? "" : new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %d ms, min %d ms, max %d ms (%d runs)", median(values), sorted.get(0),
                sorted.get(sorted.size() - 1), values.size());
    }
}
