package com.parkreview.app.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A result (a kit, a CSV, a sheet) named with the database's own name would have replaced the
 * panel's database: every such name, and any file that is a database by its content, is refused
 * and left as it was.
 */
class StoreFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            panel.mv.db           | true
            PANEL.MV.DB           | true
            panel.head            | true
            other.head            | false
            renamed.prkit         | true
            results.csv           | false
            """)
    void aResultIsNeverWrittenOverADatabase(String name, boolean refused) throws Exception {
        byte[] database = "H:2,block:2,blockSize:1000,chunk:1".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("panel.mv.db"), database);
        Files.write(dir.resolve("renamed.prkit"), database); // a database copied under another name
        Path target = dir.resolve(name);
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        if (refused) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> ResultFile.write(target, out -> out.write('x')));
            assertEquals("Could not write " + target + ": that is a ParkReview database (or the marker beside it); "
                    + "a result is never written over one. Name another file. Nothing was written there; a file it "
                    + "had before is as it was.", e.text().in(Locale.ENGLISH));
            if (before != null) {
                assertArrayEquals(before, Files.readAllBytes(target));
            }
        } else {
            ResultFile.write(target, out -> out.write('x'));
            assertArrayEquals(new byte[] {'x'}, Files.readAllBytes(target));
        }
    }
}
