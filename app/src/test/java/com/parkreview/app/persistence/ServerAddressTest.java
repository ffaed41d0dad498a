package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Server addresses as users write them: what is taken, what the driver is given, what is refused and why. */
class ServerAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://db.office.local/review                         | jdbc:postgresql://db.office.local:5432/review?sslmode=require&ApplicationName=ParkReview | postgresql://db.office.local/review
            postgres://wang@10.1.2.3:6432/review_2026                   | jdbc:postgresql://10.1.2.3:6432/review_2026?sslmode=require&ApplicationName=ParkReview | postgresql://wang@10.1.2.3:6432/review_2026
            postgresql://localhost/review?sslmode=disable               | jdbc:postgresql://localhost:5432/review?sslmode=disable&ApplicationName=ParkReview   | postgresql://localhost/review?sslmode=disable
            postgresql://db/review?sslrootcert=/etc/pr/ca.crt           | jdbc:postgresql://db:5432/review?sslmode=verify-full&ApplicationName=ParkReview&sslrootcert=%2Fetc%2Fpr%2Fca.crt | postgresql://db/review?sslmode=verify-full
            """)
    void anAddressIsTakenWithTlsUnlessItSaysOtherwise(String written, String driverUrl, String shown) {
        ServerAddress address = ServerAddress.parse(written);
        assertEquals(driverUrl, address.jdbcUrl());
        assertEquals(shown, address.toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://wang:secret@db/review            | server.noPasswordInAddress
            postgresql://db                               | server.addressForm
            postgresql:///review                          | server.addressForm
            mysql://db/review                             | server.addressForm
            postgresql://db/re view                       | server.addressForm
            postgresql://db/review;DROP                   | server.addressName
            postgresql://db/review?sslmode=allow          | server.sslMode
            postgresql://db/review?password=x             | server.addressOption
            postgresql://db/review?sslmode=disable&sslmode=require | server.addressOption
            """)
    void anAddressParkReviewCannotTakeIsRefusedSayingWhatIsAllowed(String written, String key) {
        StoreException refused = assertThrows(StoreException.class, () -> ServerAddress.parse(written));
        assertEquals(key, refused.text().key());
        assertTrue(refused.message(Locale.ENGLISH).contains(written), refused.message(Locale.ENGLISH));
        assertFalse(refused.message(Locale.CHINESE).isBlank());
    }

    @ParameterizedTest
    @CsvSource({"postgresql://db/review, true", "postgres://db/review, true", "review.mv.db, false",
            "/home/wang/postgresql/review.mv.db, false"})
    void aServerIsToldFromAFile(String db, boolean server) {
        assertEquals(server, ServerAddress.isServer(db));
    }
}
