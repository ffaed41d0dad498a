package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.testing.ChildJvm;
import com.parkreview.app.testing.TestSessions;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A second ParkReview on a file that another one has open: a clear refusal, and no damage. */
class SecondInstanceIT {

    @TempDir
    Path dir;

    @Test
    void secondOpenIsRefusedClearlyAndTheFirstGoesOnUndamaged() throws Exception {
        long sheet;
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 1, 3);
            sheet = TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
            new com.parkreview.app.review.ScoringService(db).reopen(TestSessions.SECRETARY, sheet, "测试第二个窗口");
        }
        try (ChildJvm first = ChildJvm.start(HoldingChild.class, dir.resolve("child.log"),
                dir.resolve("test").toString(), String.valueOf(sheet))) {
            first.await("READY", 60);

            StoreException e = assertThrows(StoreException.class, () -> TestSessions.reopen(dir));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
            assertEquals("此文件正被另一个 ParkReview 使用：已打开它的窗口，或仍在运行的命令。请关闭那个窗口，或等该命令结束后再试。未作任何更改。",
                    e.message(Locale.SIMPLIFIED_CHINESE));

            first.stdin().close();
            first.await("SAVED", 60);
            assertEquals(0, first.waitFor());
        }
        try (Database db = TestSessions.reopen(dir)) {
            ScoreSheet after = db.read(s -> s.sheets().find(sheet)).orElseThrow();
            assertEquals(Optional.of(new BigDecimal("9")), after.score("5.3"));
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    /**
     * A tester's round 24: the window's save dialog showed the database's folder, read the first
     * bytes of the files in it (as GTK's dialogs do, to tell their kind) and closed them; on Linux
     * that let go of H2's lock on the database, and a second window opened the same file, both
     * wrote, and it was damaged. The guard is on a file nothing else opens.
     */
    @ParameterizedTest(name = "the second names it {0}")
    @ValueSource(strings = {"by its path", "through a linked folder", "through a hard link"}) // the last two: round 25
    void aHandleOnTheFileOpenedAndClosedByThisProgramLetsNoSecondOneIn(String how) throws Exception {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 1, 3);
            try (InputStream in = Files.newInputStream(dir.resolve("test.mv.db"))) {
                in.readNBytes(4096); // what a file dialog listing the folder does
            }
            Path named = switch (how) {
                case "through a linked folder" -> Files.createSymbolicLink(dir.resolve("linked"), dir).resolve("test");
                case "through a hard link" -> {
                    Files.createLink(dir.resolve("other.mv.db"), dir.resolve("test.mv.db"));
                    yield dir.resolve("other");
                }
                default -> dir.resolve("test");
            };
            try (ChildJvm second = ChildJvm.start(HoldingChild.class, dir.resolve("second.log"),
                    named.toString(), "0")) {
                second.stdin().close();
                int status = second.waitFor();
                assertFalse(second.printed().contains("READY"), "the second one opened the file");
                assertTrue(status != 0);
                assertTrue(Files.readString(dir.resolve("second.log")).contains("IN_USE"),
                        Files.readString(dir.resolve("second.log")));
            }
            TestSessions.signedSheet(db, ids.expert(1), ids.applicant(1), "80");
            assertTrue(db.read(s -> s.history().verify()).intact(), "the first goes on");
        }
    }
}
