package com.parkreview.app.ui.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.StorePlace;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * File › Connect to server…, without the window: addresses refused naming what is wrong, a server
 * that is not there said so with somewhere to work meanwhile, a refused login asking for the
 * password, and a real PostgreSQL connected to.
 */
@InLocale("zh")
class ConnectViewModelTest {

    private static final ConnectViewModel.Connector REAL =
            (address, password) -> ConnectToServer.open(address, password, Clock.systemDefaultZone());

    @TempDir
    Path dir;

    private ConnectViewModel model(StorePlace openNow, List<StorePlace> recent) {
        return new ConnectViewModel(REAL, openNow, recent, dir.resolve("default.mv.db"));
    }

    private StorePlace.File fileOpen() {
        return new StorePlace.File(dir.resolve("open.mv.db"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            db.office.local/review                          | 不是可用的服务器地址
            postgresql://wang:secret@db.office.local/review | 含有密码
            postgresql://db.office.local/                   | 不是可用的服务器地址
            postgresql://db.office.local/review?ssl=1       | 无法使用的选项
            """)
    void anAddressItCannotTakeIsRefusedInTheUsersLanguageNamingIt(String address, String says) {
        ConnectViewModel.Refused refused = assertInstanceOf(ConnectViewModel.Refused.class,
                model(fileOpen(), List.of()).connect(address, ""));
        assertTrue(refused.message().contains(says), refused.message());
        assertTrue(refused.message().contains(address), "the address is named: " + refused.message());
        assertFalse(refused.askPassword());
        assertEquals(Optional.empty(), refused.lastFile());
    }

    @Test
    void aServerNotThereIsSaidSoAndTheFileOpenStaysOpen() throws Exception {
        String nowhere = nowhere();
        ConnectViewModel.Refused refused = assertInstanceOf(ConnectViewModel.Refused.class,
                model(fileOpen(), List.of(new StorePlace.File(file("other.mv.db")))).connect(nowhere, ""));
        assertTrue(refused.message().startsWith("无法连接服务器 " + nowhere), refused.message());
        assertTrue(refused.message().endsWith("窗口仍使用数据库文件 " + dir.resolve("open.mv.db") + "。"),
                refused.message());
        assertEquals(Optional.empty(), refused.lastFile(), "nothing else offered: the window is on a file already");
    }

    @Test
    void fromAServerNotThereTheLastDatabaseFileOnThisComputerIsOffered() throws Exception {
        Path last = file("last.mv.db");
        Path older = file("older.mv.db");
        StorePlace.Server open = new StorePlace.Server("postgresql://db.office.local/review");
        List<StorePlace> recent = List.of(open, new StorePlace.File(dir.resolve("moved.mv.db")), new StorePlace.File(last),
                new StorePlace.File(older));
        ConnectViewModel.Refused refused = assertInstanceOf(ConnectViewModel.Refused.class,
                model(open, recent).connect(nowhere(), ""));
        assertEquals(Optional.of(last), refused.lastFile(), "the newest file still there");
        assertTrue(refused.message().endsWith("在此期间，可以使用本机上最近的数据库文件：" + last), refused.message());
    }

    @Test
    void withNoRecentFileTheDefaultDatabaseIsOfferedAndWithoutItNothing() throws Exception {
        StorePlace.Server open = new StorePlace.Server("postgresql://db.office.local/review");
        ConnectViewModel.Refused none = assertInstanceOf(ConnectViewModel.Refused.class,
                model(open, List.of(open)).connect(nowhere(), ""));
        assertEquals(Optional.empty(), none.lastFile());
        assertTrue(none.message().contains("本机上没有可在此期间使用的数据库文件"), none.message());
        Path defaultFile = file("default.mv.db");
        ConnectViewModel.Refused offered = assertInstanceOf(ConnectViewModel.Refused.class,
                model(open, List.of(open)).connect(nowhere(), ""));
        assertEquals(Optional.of(defaultFile), offered.lastFile());
    }

    @Test
    void aRefusedLoginAsksForThePasswordAgainForTheSameAddress() {
        String real = PostgresServer.freshDatabase();
        String unknownRole = real.replace(PostgresServer.user() + "@", "nobody_here@");
        ConnectViewModel model = model(fileOpen(), List.of());
        ConnectViewModel.Refused refused = assertInstanceOf(ConnectViewModel.Refused.class,
                model.connect(unknownRole, "wrong"));
        assertTrue(refused.askPassword());
        assertTrue(refused.message().contains("拒绝登录"), refused.message());
        model.askAgain(unknownRole, refused.message());
        assertEquals(unknownRole, model.addressProperty().get());
        assertEquals("", model.passwordProperty().get(), "the password typed is not kept");
        assertEquals(refused.message(), model.problemProperty().get(), "the dialog says why it asks again");
    }

    @Test
    void aRealServerIsConnectedToAndRememberedByItsAddressWithItsSessions() {
        String address = PostgresServer.freshDatabase();
        try (OpenStore setUp = REAL.connect(address, Optional.empty())) {
            TestSessions.session(setUp, 2, 5);
        }
        ConnectViewModel.Connected connected = assertInstanceOf(ConnectViewModel.Connected.class,
                model(fileOpen(), List.of()).connect("  " + address + " ", ""));
        try (OpenStore store = connected.store()) {
            assertEquals(new StorePlace.Server(address), connected.place());
            assertEquals(1, store.read(s -> s.sessions().list()).size(), "the session set up on the server");
        }
    }

    @Test
    void theDialogStartsOnTheServerConnectedToLastAndOffersConnectOnlyWithAnAddress() {
        StorePlace.Server last = new StorePlace.Server("postgresql://wang@db.office.local/review");
        ConnectViewModel model = model(fileOpen(), List.of(new StorePlace.File(dir.resolve("a.mv.db")), last,
                new StorePlace.Server("postgresql://db.office.local/older")));
        assertEquals(last.address(), model.addressProperty().get());
        assertTrue(model.connectable().get());
        model.addressProperty().set("   ");
        assertFalse(model.connectable().get());
        assertEquals("", model(fileOpen(), List.of()).addressProperty().get());
    }

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "");
    }

    /** A port on this machine nothing listens on. */
    private static String nowhere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        return "postgresql://localhost:" + port + "/review?sslmode=disable";
    }
}
