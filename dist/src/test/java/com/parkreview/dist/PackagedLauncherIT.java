package com.parkreview.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb this build made, unpacked with {@code dpkg-deb -x} into a temporary folder, its
 * launcher run as a user's machine runs it: no JDK on the PATH, no JAVA_HOME, a data folder of
 * its own. Linux only (the other platforms' installers are built and tried by hand: README).
 */
class PackagedLauncherIT {

    @TempDir
    static Path root;

    private static Path launcher;
    private static Path control;

    @BeforeAll
    static void unpack() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "a .deb is made on Linux");
        Path installers = Path.of(System.getProperty("dist.installers"));
        Path deb;
        try (Stream<Path> files = Files.list(installers)) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no .deb in " + installers));
        }
        Path unpacked = root.resolve("unpacked");
        control = root.resolve("control");
        assertEquals(0, run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), Map.of()).status());
        assertEquals(0, run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), Map.of()).status());
        launcher = unpacked.resolve("opt/parkreview/bin/parkreview");
    }

    @Test
    void versionIsThePomsWithoutAJdkOnThePath() throws Exception {
        Result version = parkreview(Map.of(), "--version");
        assertEquals(0, version.status(), version.output());
        assertEquals("ParkReview " + System.getProperty("dist.version"), version.output().strip());
    }

    @Test
    void sessionsOnAFreshDataFolderListTheDemonstrationSessionItPlaces() throws Exception {
        Path data = Files.createDirectories(root.resolve("fresh-" + System.nanoTime()));
        Result sessions = parkreview(Map.of("XDG_DATA_HOME", data.toString()), "sessions");
        assertEquals(0, sessions.status(), sessions.output());
        assertTrue(sessions.output().contains("2026年度人形机器人产业基地运营支持评审（演示）"), sessions.output());
        assertTrue(Files.exists(data.resolve("parkreview/parkreview.mv.db")));
    }

    @Test
    void reportWritesTheResultsSheetAsAPdf() throws Exception {
        Path data = Files.createDirectories(root.resolve("report-" + System.nanoTime()));
        Path pdf = data.resolve("results.pdf");
        Result report = parkreview(Map.of("XDG_DATA_HOME", data.toString()),
                "report", "--session", "1", "--sheet", "results", "--out", pdf.toString());
        assertEquals(0, report.status(), report.output());
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }

    /**
     * With {@code -Xshare:on} the JVM refuses to start without its archive; JavaFX's classes are
     * in the training's archive only (not in the runtime's default one), so finding one there says
     * the launcher uses the archive shipped beside the jar.
     */
    @Test
    void theLauncherUsesTheShippedClassDataSharingArchive() throws Exception {
        Path data = Files.createDirectories(root.resolve("cds-" + System.nanoTime()));
        Result sessions = parkreview(Map.of("XDG_DATA_HOME", data.toString(),
                "JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info"), "sessions");
        assertEquals(0, sessions.status(), sessions.output());
        assertTrue(sessions.output().contains("javafx.application.Application source: shared objects file"),
                sessions.output());
        assertTrue(Files.exists(launcher.resolveSibling("../lib/app/parkreview.jsa").normalize()));
    }

    @Test
    void installingPutsTheCommandOnThePathAndUninstallingLeavesTheUsersDataAlone() throws IOException {
        assertTrue(Files.readString(control.resolve("postinst"))
                .contains("ln -sf /opt/parkreview/bin/parkreview /usr/bin/parkreview"));
        for (String script : List.of("prerm", "postrm", "preinst", "postinst")) {
            String text = Files.readString(control.resolve(script));
            for (String userData : List.of(".local", "XDG_DATA_HOME", "$HOME", "/home", "/root")) {
                assertFalse(text.contains(userData), script + " mentions " + userData);
            }
        }
    }

    private static Result parkreview(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    /** Runs with only what a desktop session gives: no JDK on the PATH, no JAVA_HOME. */
    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        Path emptyBin = Files.createDirectories(root.resolve("bin-without-java"));
        env.put("PATH", command.get(0).startsWith("dpkg") ? "/usr/bin:/bin" : emptyBin.toString());
        env.put("LANG", "C.UTF-8");
        env.put("HOME", Files.createDirectories(root.resolve("home")).toString());
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + command);
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {
    }
}
