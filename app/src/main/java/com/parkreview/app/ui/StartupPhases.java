package com.parkreview.app.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When each step of the start-up ended, in milliseconds after the JVM started, for one line in
 * the log: where the time goes, should the start-up become slow on someone's laptop.
 */
final class StartupPhases {

    private final List<String> marks = new ArrayList<>();

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    synchronized void mark(String step) {
        marks.add(step + " " + sinceJvmStart());
    }

    /** The marks so far, in the order they were made. */
    synchronized String line() {
        return marks.stream().collect(Collectors.joining(", ", "start-up (ms after the JVM started): ", ""));
    }
}
