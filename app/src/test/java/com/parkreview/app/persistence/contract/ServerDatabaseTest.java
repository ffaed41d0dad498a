package com.parkreview.app.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.ServerAddress;
import com.parkreview.app.persistence.ServerDatabase;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
