package com.parkreview.app.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.ServerAddress;
import com.parkreview.app.persistence.ServerDatabase;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What only a server does: several machines on one database, a database that is not ParkReview's, a server that is not there. */
class ServerDatabaseTest {

    private static ServerDatabase open(String address) {
        return ServerDatabase.open(ServerAddress.parse(address), Optional.empty(), TestSessions.CLOCK);
    }

    /** Two secretaries' machines (two connections' worth each) signing sheets at the same moment. */
    @Test
    void twoMachinesWritingAtOnceKeepOneChain() throws Exception {
        String address = PostgresServer.freshDatabase();
        try (ServerDatabase first = open(address); ServerDatabase second = open(address)) {
            TestSessions.Ids ids = TestSessions.session(first, 2, 5);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Long>> sheets = new ArrayList<>();
                for (int e = 1; e <= 5; e++) {
                    for (int a = 1; a <= 2; a++) {
                        ServerDatabase machine = (e + a) % 2 == 0 ? first : second;
                        long expert = ids.expert(e);
                        long applicant = ids.applicant(a);
                        sheets.add(pool.submit((Callable<Long>) () ->
                                TestSessions.signedSheet(machine, expert, applicant, "82.5")));
                    }
                }
                for (Future<Long> sheet : sheets) {
                    long id = sheet.get();
                    assertEquals(SheetStatus.SIGNED, second.read(s -> s.sheets().find(id)).orElseThrow().status());
                }
            } finally {
                pool.shutdownNow();
            }
            ChainCheck check = second.read(s -> s.history().verify());
            assertTrue(check.intact(), check.breaks().toString());
        }
    }

    /**
     * Two panels' experts saving at once: a write to one session does not wait for a write to
     * another, a second write to the same session and any write that is not one session's wait for
     * it, and the history stays one chain.
     */
    @Test
    void writesToDifferentSessionsRunTogetherAndStayOneChain() throws Exception {
        String address = PostgresServer.freshDatabase();
        try (ServerDatabase db = open(address)) {
            TestSessions.Ids first = TestSessions.session(db, 1, 5);
            TestSessions.Ids second = TestSessions.session(db, 1, 5);
            ScoringService scoring = new ScoringService(db);
            long firstSheet = scoring.openSheet(TestSessions.expert(1), first.expert(1), first.applicant(1)).id();
            long secondSheet = scoring.openSheet(TestSessions.expert(1), second.expert(1), second.applicant(1)).id();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Future<?> held = pool.submit(() -> db.writeInSession(first.session(), TestSessions.expert(1), s -> {
                    holding.countDown();
                    await(release);
                    s.sheets().setScore(firstSheet, "1.1", Optional.of(new BigDecimal("4")));
                    return null;
                }));
                assertTrue(holding.await(20, TimeUnit.SECONDS));
                // the other panel's expert saves while the first session's write is open
                pool.submit(() -> scoring.commitScore(TestSessions.expert(1), secondSheet, "1.1", "5"))
                        .get(20, TimeUnit.SECONDS);
                Future<?> sameSession = pool.submit(() ->
                        scoring.commitScore(TestSessions.expert(1), firstSheet, "1.2", "3"));
                Future<?> wholeStore = pool.submit(() -> db.write(TestSessions.SECRETARY, s -> {
                    return s.sessions().create(new SessionDetails("第三批次", 2026, Optional.empty(), "会议室",
                            Optional.of(Money.wan("3000")), null), ProgrammeSettings.SHIJINGSHAN);
                }));
                Thread.sleep(500);
                assertFalse(sameSession.isDone(), "a second write to the same session went ahead");
                assertFalse(wholeStore.isDone(), "a write to the whole store went ahead");
                release.countDown();
                held.get(20, TimeUnit.SECONDS);
                sameSession.get(20, TimeUnit.SECONDS);
                wholeStore.get(20, TimeUnit.SECONDS);
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
            ScoreSheet stored = db.read(s -> s.sheets().find(firstSheet)).orElseThrow();
            assertEquals(new BigDecimal("4"), stored.entry("1.1").orElseThrow().score().orElseThrow());
            assertEquals(new BigDecimal("3"), stored.entry("1.2").orElseThrow().score().orElseThrow());
            ChainCheck check = db.read(s -> s.history().verify());
            assertTrue(check.intact(), check.breaks().toString());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDatabaseOpenedAgainIsTakenAsItIs() {
        String address = PostgresServer.freshDatabase();
        TestSessions.Ids ids;
        try (ServerDatabase db = open(address)) {
            ids = TestSessions.session(db, 1, 3);
        }
        try (ServerDatabase db = open(address)) {
            assertEquals("测试批次", db.read(s -> s.sessions().find(ids.session())).orElseThrow().name());
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    @Test
    void aDatabaseHoldingAnotherProgramsTablesIsRefusedUntouched() throws Exception {
        String address = PostgresServer.freshDatabase();
        try (Connection connection = PostgresServer.connect(address); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoice (id INT PRIMARY KEY)");
        }
        StoreException refused = assertThrows(StoreException.class, () -> open(address));
        assertEquals(StoreException.Kind.REFUSED, refused.kind());
        assertTrue(refused.message(Locale.ENGLISH).contains("no ParkReview store"), refused.message(Locale.ENGLISH));
        try (Connection connection = PostgresServer.connect(address); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT string_agg(table_name, ',') FROM information_schema.tables "
                        + "WHERE table_schema = 'public'")) {
            tables.next();
            assertEquals("invoice", tables.getString(1));
        }
    }

    /** A trigger that quietly raises every score written: the history would journal the raised row as ParkReview's. */
    @Test
    void codeAddedOnTheServerIsRefusedBeforeAnythingIsWritten() throws Exception {
        String address = PostgresServer.freshDatabase();
        try (ServerDatabase db = open(address)) {
            TestSessions.session(db, 1, 3);
        }
        try (Connection connection = PostgresServer.connect(address); Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION raise_score() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN NEW.score := NEW.score + 1; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER raise BEFORE INSERT OR UPDATE ON sheet_score "
                    + "FOR EACH ROW EXECUTE FUNCTION raise_score()");
        }
        StoreException refused = assertThrows(StoreException.class, () -> open(address));
        assertEquals(StoreException.Kind.REFUSED, refused.kind());
        assertTrue(refused.message(Locale.ENGLISH).contains("function raise_score, trigger raise on sheet_score"),
                refused.message(Locale.ENGLISH));
    }

    /** The same code added while a secretary is connected: verify reports it. */
    @Test
    void codeAddedDuringAConnectionIsReportedByVerify() throws Exception {
        String address = PostgresServer.freshDatabase();
        try (ServerDatabase db = open(address)) {
            TestSessions.session(db, 1, 3);
            assertTrue(db.read(s -> s.history().verify()).intact());
            try (Connection connection = PostgresServer.connect(address);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE RULE keep_flags AS ON DELETE TO deviation_flag DO INSTEAD NOTHING");
            }
            ChainCheck check = db.read(s -> s.history().verify());
            assertEquals(1, check.breaks().size(), check.breaks().toString());
            assertTrue(check.breaks().get(0).what().in(Locale.ENGLISH).contains("rule keep_flags on deviation_flag"),
                    check.breaks().toString());
        }
    }

    @Test
    void aServerThatIsNotThereIsSaidSoWithItsAddress() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String address = "postgresql://localhost:" + port + "/review?sslmode=disable";
        StoreException refused = assertThrows(StoreException.class, () -> open(address));
        assertEquals(StoreException.Kind.UNREACHABLE, refused.kind());
        assertTrue(refused.message(Locale.CHINESE).startsWith("无法连接服务器 postgresql://localhost:" + port + "/review"),
                refused.message(Locale.CHINESE));
        assertTrue(refused.message(Locale.CHINESE).contains("（该端口无人应答：服务器未在该处运行，或被防火墙拒绝）"),
                "why, in the user's language, not the driver's English: " + refused.message(Locale.CHINESE));
    }

    @Test
    void aServerNameNobodyKnowsIsSaidSoInTheUsersLanguage() {
        StoreException refused = assertThrows(StoreException.class,
                () -> open("postgresql://no-such-host.invalid/review?sslmode=disable"));
        assertEquals(StoreException.Kind.UNREACHABLE, refused.kind());
        assertTrue(refused.message(Locale.CHINESE).contains("（本网络中找不到该名称的计算机）"), refused.message(Locale.CHINESE));
    }

    @Test
    void aDatabaseThatDoesNotExistIsSaidSo() {
        String address = PostgresServer.freshDatabase().replaceFirst("/review_\\d+", "/no_such_review");
        StoreException refused = assertThrows(StoreException.class, () -> open(address));
        assertEquals(StoreException.Kind.NOT_FOUND, refused.kind());
    }
}
