package com.parkreview.app.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ScoringService;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the hostile-input tests feed their sources from: a secretary's session (3 applicants, 5
 * experts) with expert E1's draft sheet for A01 open, E2's kit, and E3's score file (A01 signed)
 * with E3's key to sign it again after a change; and how each kind of refusal is read.
 */
public record HostileInputs(Database db, long draftSheet, String kit, String scoreFile, String privateKey) {

    /** A session in {@code dir/secretary}; close {@link #db} after. */
    public static HostileInputs in(Path dir) {
        Database db = TestSessions.freshDatabase(dir, "secretary");
        TestSessions.Ids ids = TestSessions.session(db, 3, 5);
        long sheet = new ScoringService(db).openSheet(TestSessions.expert(1), ids.expert(1), ids.applicant(1)).id();
        String kit = com.parkreview.app.exchange.kit.KitFile.write(OfflineDay.kit(db, ids.session(), 2));
        try (Database laptop = OfflineDay.laptop(dir, OfflineDay.kit(db, ids.session(), 3))) {
            OfflineDay.signed(laptop, "A01", "80");
            return new HostileInputs(db, sheet, kit, ScoreFiles.export(laptop), ScoreFiles.privateKey(laptop));
        }
    }

    /** A read of a whole file that is expected to be refused. */
    @FunctionalInterface
    public interface Read {
        void run() throws Exception;
    }

    /** The problems of a set-up table that was refused, in English, one a line. */
    public static String refused(SetupFiles.Result<?> read) {
        assertTrue(!read.accepted(), "the table was accepted");
        return String.join("\n", read.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList());
    }

    /** The refusal of a file as a whole, in English. */
    public static String rejected(Read read) {
        return assertThrows(InputRejectedException.class, read::run).message(Locale.ENGLISH);
    }

    /** A workbook of text cells, one list per row. */
    public static void workbook(Path file, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
    }
}
