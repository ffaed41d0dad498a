package com.parkreview.app.bench;

import com.parkreview.app.persistence.DatabaseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the list of classes a start loads before its window is shown, which the client preloads
 * while the toolkit starts ({@code StartupClasses}): one real start of the runnable jar on the
 * demonstration database, its preloading switched off, with the JVM's class-loading log. Kept
 * are the classes read from the jar or the JDK's modules before the window was shown; left out
 * are the JDK's shared archive (already cheap) and generated classes (lambdas). Run under a
 * display after {@code mvn -q install -DskipTests}, then build again:
 *
 * <pre>xvfb-run -a -s "-screen 0 1366x768x24" mvn -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.parkreview.app.bench.StartupClassList \
 *     -Dexec.args="app/target/parkreview.jar app/src/main/resources/com/parkreview/app/ui/startup-classes.txt"</pre>
 */
public final class StartupClassList {

    /** A line of {@code -Xlog:class+load}: uptime in seconds, the class, where it came from. */
    private static final Pattern LOADED = Pattern.compile("^\\[(\\d+\\.\\d+)s\\] (\\S+) source: (.+)$");

    private StartupClassList() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        DatabaseFile demo = StartupBenchmark.demoDatabase();
        Path home = Files.createTempDirectory("parkreview-classlist");
        Path log = home.resolve("classes.log");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StartupBenchmark.Start start = StartupBenchmark.time(StartupBenchmark.client(javaBin, jar, demo, home,
                "-Dparkreview.preload=false", "-Xlog:class+load:file=" + log + ":uptime"), home);
        List<String> classes = beforeShown(Files.readAllLines(log, StandardCharsets.UTF_8), start.windowShown());
        List<String> lines = new ArrayList<>();
        lines.add("# Classes a start loads before its window is shown, preloaded while the toolkit starts.");
        lines.add("# Made by com.parkreview.app.bench.StartupClassList (test sources); run it again when");
        lines.add("# StartupClassesTest says this list names classes that are gone.");
        lines.addAll(classes);
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("%d classes loaded before the window was shown (%d ms) written to %s%n", classes.size(),
                start.windowShown(), out);
    }

    static List<String> beforeShown(List<String> log, long shownMillis) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : log) {
            Matcher m = LOADED.matcher(line);
            if (!m.matches() || Double.parseDouble(m.group(1)) * 1000 > shownMillis) {
                continue;
            }
            String name = m.group(2);
            String source = m.group(3);
            boolean fromJarOrModules = source.startsWith("jrt:/") || source.startsWith("file:");
            if (fromJarOrModules && !name.contains("$$Lambda") && !name.contains("/")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
