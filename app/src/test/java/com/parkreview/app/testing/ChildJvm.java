package com.parkreview.app.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of the tests, on the same class path: what it prints is read
 * line by line as it comes, so that the test can act on what the child has acknowledged.
 */
public final class ChildJvm implements AutoCloseable {

    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("IOException " + e.getMessage());
            } finally {
                lines.add(EOF);
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), // where the guards of open files are
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        return new ChildJvm(builder.start());
    }

    /** The next line the child printed, waiting at most the given time; empty at its end. */
    public String nextLine(long timeout, TimeUnit unit) throws InterruptedException {
        String line = lines.poll(timeout, unit);
        if (line == null) {
            throw new IllegalStateException("the child printed nothing for " + timeout + " " + unit + "; so far: " + all);
        }
        if (line.equals(EOF)) {
            lines.add(EOF);
            return "";
        }
        all.add(line);
        return line;
    }

    /** Waits for a line equal to {@code expected}, failing on the child's end or a timeout. */
    public void await(String expected, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = nextLine(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line.equals(expected)) {
                return;
            }
            if (line.isEmpty()) {
                throw new IllegalStateException("the child ended before printing " + expected + ": " + all);
            }
        }
        throw new IllegalStateException("no " + expected + " within " + timeoutSeconds + " s: " + all);
    }

    public List<String> printed() {
        return List.copyOf(all);
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a power cut for the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int waitFor() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not end");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
