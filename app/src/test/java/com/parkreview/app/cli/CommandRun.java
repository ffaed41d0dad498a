package com.parkreview.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** One run of the command line in this JVM, with what it printed. */
public record CommandRun(int status, String out, String err) {

    /** Runs the command, in English unless the arguments choose a language; the window must not open. */
    public static CommandRun of(String... args) {
        List<String> all = new ArrayList<>();
        if (!Arrays.asList(args).contains("--lang")) {
            all.addAll(List.of("--lang", "en"));
        }
        all.addAll(Arrays.asList(args));
        java.util.Locale before = java.util.Locale.getDefault();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = ParkReviewCommand.commandLine(options -> {
            throw new AssertionError("the window must not open in a command-line test");
        });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        try {
            int status = line.execute(all.toArray(String[]::new));
            return new CommandRun(status, out.toString(), err.toString());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /** The file a {@code backup} run (in English) says it wrote: the first line, after "Backup written: ". */
    public java.nio.file.Path backupWritten() {
        String first = out.strip().lines().findFirst().orElse("");
        if (!first.startsWith("Backup written: ")) {
            throw new AssertionError("not a backup written: " + out + err);
        }
        return java.nio.file.Path.of(first.substring("Backup written: ".length()));
    }
}
