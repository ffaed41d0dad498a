package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.ChildJvm;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.rubric.Indicator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saves scores through the real services and is killed with SIGKILL at a random
 * moment, {@code parkreview.savingRounds} times (20 in {@code mvn verify}, 1000 with {@code
 * -Pstress}). Every score it acknowledged must be there after reopening, no
 * score after the one in flight, and the file must open and verify.
 */
class KilledWhileSavingIT {

    static final int ROUNDS = Integer.getInteger("parkreview.savingRounds", 20);

    @TempDir
    static Path dir;

    static Path template;
    static long session;
    static List<ScoreSheet> sheets;
    static List<Indicator> indicators;

    @BeforeAll
    static void template() {
        template = dir.resolve("template");
        try (Database db = Database.open(DatabaseFile.of(template.resolve("test")), OpenOptions.creating())) {
            TestSessions.Ids ids = TestSessions.session(db, 20, 5);
            session = ids.session();
            ScoringService scoring = new ScoringService(db);
            for (long applicant : ids.applicants()) {
                for (long expert : ids.experts()) {
                    scoring.openSheet(TestSessions.SECRETARY, expert, applicant);
                }
            }
            sheets = db.read(s -> s.sheets().forSession(session));
            indicators = db.read(s -> s.sessions().find(session)).orElseThrow().settings().rubric().indicators();
        }
    }

    @Test
    void everyAcknowledgedScoreSurvivesAKill() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            rounds.add(pool.submit(() -> round(r)));
        }
        int acknowledged = 0;
        for (Future<Integer> round : rounds) {
            acknowledged += round.get();
        }
        pool.shutdown();
        assertTrue(acknowledged > ROUNDS, "the kills came too early to test anything: " + acknowledged + " acks");
        System.out.printf("%d kill rounds, %d acknowledged scores checked%n", ROUNDS, acknowledged);
    }

    /** One kill; returns how many scores the child acknowledged. */
    private static int round(int round) throws Exception {
        Path copy = dir.resolve("round-" + round);
        copyFolder(template, copy);
        Path base = copy.resolve("test");
        Path acks = copy.resolve("acks.txt");
        try (ChildJvm child = ChildJvm.start(SavingChild.class, copy.resolve("child.log"), base.toString(),
                String.valueOf(session), acks.toString())) {
            child.await("READY", 60);
            if (round % 2 == 1) {
                awaitFirstAck(acks); // half the rounds kill while saving is under way, however slow the machine
            }
            Thread.sleep(new SplittableRandom(round).nextInt(300));
            child.kill();
        }
        int lastAck = -1;
        if (Files.exists(acks)) {
            for (String line : Files.readAllLines(acks)) {
                lastAck = Integer.parseInt(line.strip());
            }
        }
        try (Database db = Database.open(DatabaseFile.of(base), OpenOptions.existing())) {
            List<ScoreSheet> after = db.read(s -> s.sheets().forSession(session));
            for (int k = 0; k < sheets.size() * indicators.size(); k++) {
                Indicator indicator = indicators.get(k % indicators.size());
                long sheetId = sheets.get(k / indicators.size()).id();
                Optional<BigDecimal> stored = after.stream().filter(s -> s.id() == sheetId).findFirst().orElseThrow()
                        .score(indicator.code());
                BigDecimal expected = SavingChild.expected(k, indicator);
                String where = "round " + round + ", score " + k + " (last ack " + lastAck + ")";
                if (k <= lastAck) {
                    assertEquals(0, expected.compareTo(stored.orElseThrow(() -> new AssertionError("lost: " + where))),
                            where);
                } else if (k == lastAck + 1) {
                    stored.ifPresent(v -> assertEquals(0, expected.compareTo(v), "in flight: " + where));
                } else {
                    assertEquals(Optional.empty(), stored, "never acknowledged, yet stored: " + where);
                }
            }
            assertTrue(db.read(s -> s.history().verify()).intact(), "round " + round);
        }
        deleteFolder(copy);
        return lastAck + 1;
    }

    private static void awaitFirstAck(Path acks) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while ((!Files.exists(acks) || Files.size(acks) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
