package com.parkreview.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A disk's refusal, however deep the code between wrapped it: a tester's round 8 filled the
 * system's temporary folder, the font copy failed with "File too large" inside JasperReports'
 * own exceptions, and every report said "Something went wrong that ParkReview did not expect".
 */
class DiskRefusalTest {

    @ParameterizedTest(name = "\"{0}\" is the disk''s: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            File too large                          | true
            No space left on device                 | true
            Disk quota exceeded                     | true
            There is not enough space on the disk   | true
            Permission denied                       | false
            """)
    void aDisksRefusalIsFoundUnderTheWrappersAndNamesTheTemporaryFolder(String said, boolean disk) {
        RuntimeException wrapped = new IllegalStateException("Error loading font",
                new UncheckedIOException(new IOException(said)));
        Optional<String> text = DiskRefusal.in(new RuntimeException("fill failed", wrapped)).map(t -> t.in(Locale.ENGLISH));
        assertEquals(disk, text.isPresent(), said);
        text.ifPresent(t -> assertTrue(t.startsWith("A disk refused a write (\"" + said + "\"): it is full")
                && t.contains(System.getProperty("java.io.tmpdir")), t));
    }
}
