package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A terminal whose language is not UTF-8 ({@code LANG=C}, or a Chinese locale not installed) hands
 * Java each Chinese character of an argument as U+FFFD: "二〇二六年度评审" was stored as 24 question
 * marks, with exit 0 (a tester, round 4). Such an argument is refused, saying what to set.
 */
class GarbledArgumentsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--name", "--venue", "--secretary", "--db"})
    void anArgumentTheSystemCouldNotReadIsRefusedAndNothingIsMade(String option) throws IOException {
        String garbled = "\uFFFD\uFFFD\uFFFD评审";
        String db = option.equals("--db") ? dir.resolve(garbled + ".mv.db").toString() : dir.resolve("new.mv.db").toString();
        CommandRun run = CommandRun.of("session", "create", "--db", db, "--name", option.equals("--name") ? garbled : "评审",
                "--date", "2026-12-10", option.equals("--db") || option.equals("--name") ? "--venue" : option,
                option.equals("--venue") || option.equals("--secretary") ? garbled : "会议室");

        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("the value of " + option + ": the system could not read some of its characters")
                && run.err().contains("LANG="), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing made");
        }
    }
}
