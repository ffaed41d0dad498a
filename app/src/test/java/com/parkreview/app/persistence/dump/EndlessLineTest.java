package com.parkreview.app.persistence.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A backup whose table part is one endless line (a bomb of a single line, within the size limit)
 * is refused while the part is read, as soon as the line is longer than a line can be, not once
 * the whole part is in memory and decoded: here the part has no manifest beside it, which reading
 * the whole zip first would refuse it for.
 */
class EndlessLineTest {

    @Test
    void anEndlessLineIsRefusedBeforeThePartIsReadWhole() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("tables/sheet_score.jsonl"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 8; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        BackupLimits smallLines = new BackupLimits(64L << 20, 256L << 20, 64, 1000, 2_000_000);

        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> BackupReader.read(zipped.toByteArray(), Optional.empty(), smallLines));

        assertEquals("tables/sheet_score.jsonl, line 1: longer than 1000 characters.",
                refused.text().in(Locale.ENGLISH));
    }
}
