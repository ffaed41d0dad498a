package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session set up is 评分中 once its scoring has started: a tester's rounds 6 and 7 saw 设置中 beside
 * kits handed out and fourteen signed sheets, while the experts' laptops said 评分中.
 */
class ScoringStartedTest {

    @TempDir
    Path dir;

    @Test
    void aSessionIsScoringOnceAKitIsHandedOut() {
        String db = dir.resolve("panel.mv.db").toString();
        ExampleDay.sessionWithPanel(db, "2026-12-10");
        assertEquals(0, CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--all").status());
        assertTrue(status(db).contains("SETUP"), status(db));
        CommandRun kit = CommandRun.of("kit", "export", "--db", db, "--session", "1", "--expert", "E1", "--out",
                dir.resolve("E1.prkit").toString());
        assertEquals(0, kit.status(), kit.out() + kit.err());
        assertTrue(status(db).contains("SCORING"), status(db));
    }

    private static String status(String db) {
        return CommandRun.of("sessions", "--db", db).out();
    }
}
