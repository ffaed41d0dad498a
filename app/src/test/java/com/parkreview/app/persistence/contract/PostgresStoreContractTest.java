package com.parkreview.app.persistence.contract;

import com.parkreview.app.persistence.ServerAddress;
import com.parkreview.app.persistence.ServerDatabase;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

/** The store contract on a real PostgreSQL server (started from Maven's binaries, a database per test). */
class PostgresStoreContractTest extends StoreContract {

    private String address;

    @Override
    protected StoreAccess open() {
        address = PostgresServer.freshDatabase();
        return ServerDatabase.open(ServerAddress.parse(address), Optional.empty(), TestSessions.CLOCK);
    }

    @Override
    protected StoreAccess editOutside(StoreAccess store, String sql) throws Exception {
        try (Connection connection = PostgresServer.connect(address); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return store;
    }

    @Override
    protected void close(StoreAccess store) {
        ((ServerDatabase) store).close();
    }
}
