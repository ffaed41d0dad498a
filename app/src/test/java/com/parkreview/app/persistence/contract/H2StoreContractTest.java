package com.parkreview.app.persistence.contract;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an H2 file, the single panel's store. */
class H2StoreContractTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    protected StoreAccess open() {
        return TestSessions.freshDatabase(dir);
    }

    @Override
    protected StoreAccess editOutside(StoreAccess store, String sql) throws Exception {
        ((Database) store).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview",
                ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return TestSessions.reopen(dir);
    }

    @Override
    protected void close(StoreAccess store) {
        ((Database) store).close();
    }
}
