package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/** The first steps of README's day on a new file, from the repository's example tables. */
final class ExampleDay {

    /** The example tables, from the application module's folder (where the tests run). */
    static final Path EXAMPLES = Path.of("examples", "day");

    private ExampleDay() {
    }

    /** Session 1 "评审" on {@code date}, with the example applicants; each step must succeed. */
    static void sessionWithApplicants(String db, String date) {
        run("session", "create", "--db", db, "--name", "评审", "--date", date);
        run("applicants", "import", "--db", db, "--session", "1", EXAMPLES.resolve("申报单位.csv").toString());
    }

    /** {@link #sessionWithApplicants} and the example panel. */
    static void sessionWithPanel(String db, String date) {
        sessionWithApplicants(db, date);
        run("experts", "import", "--db", db, "--session", "1", EXAMPLES.resolve("专家组.csv").toString());
    }

    private static void run(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.status(), String.join(" ", args) + "\n" + run.out() + run.err());
    }
}
