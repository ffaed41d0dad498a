package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that a spreadsheet would run as formulas (OWASP CSV injection) leave ParkReview as text with
 * a leading apostrophe, in the merge CSV and in the results workbook; the figures stay numbers.
 */
class SpreadsheetInjectionTest {

    private static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+cmd|' /C calc'!A0");

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void sessionWithHostileNames() {
        try (Database database = TestSessions.freshDatabase(dir, "injection")) {
            TestSessions.Ids ids = TestSessions.session(database, 1, 5);
            for (int e = 1; e <= 5; e++) {
                TestSessions.signedSheet(database, ids.expert(e), ids.applicant(1), "85");
            }
            SessionSetup setup = new SessionSetup(database);
            for (int i = 0; i < HOSTILE.size(); i++) {
                long id = setup.addApplicant(TestSessions.SECRETARY, ids.session(), new NewApplicant("H" + i,
                        HOSTILE.get(i), TestSessions.uscc(20 + i), Contact.NONE, Optional.empty(), Money.ZERO, 10 + i,
                        Optional.empty()));
                setup.setPreReview(TestSessions.SECRETARY, id, PreReview.PASSED);
            }
        }
        db = dir.resolve("injection");
    }

    /** The results list written by {@code report} as {@code results.<extension>}. */
    private static Path results(String extension) {
        Path out = dir.resolve("results." + extension);
        CommandRun run = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "results",
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        return out;
    }

    @Test
    void theResultsWorkbookHasNoFormulaAndEveryHostileNamePrefixed() throws Exception {
        Path xlsx = results("xlsx");
        List<String> texts = new ArrayList<>();
        boolean amountIsANumber = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "a formula at " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        } else if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 1500) {
                            amountIsANumber = true;
                        }
                    }
                }
            }
        }
        for (String name : HOSTILE) {
            assertTrue(texts.contains("'" + name), "'" + name + " not in " + texts);
            assertTrue(!texts.contains(name), name + " written as it is");
        }
        assertTrue(amountIsANumber, "the amount 1500.00 is a number cell: " + texts);
    }

    @Test
    void theSameSheetAsPdfShowsTheNamesAsTyped() throws Exception {
        String text = com.parkreview.app.testing.PdfText.of(results("pdf"));
        assertTrue(text.contains("=cmd|") && !text.contains("'=cmd|"), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0",
            "-2+cmd|' /C calc'!A0"})
    void theMergeCsvWritesAHostileCellWithALeadingApostrophe(String name) throws Exception {
        Path applicants = dir.resolve("applicants.csv");
        Files.writeString(applicants, Files.readString(Path.of("examples", "applicants.csv"))
                .replace("北京石景山人形机器人产业园运营有限公司", name));
        CommandRun run = CommandRun.of("merge", "--scores", Path.of("examples", "scores.csv").toString(),
                "--applicants", applicants.toString());
        assertEquals(0, run.status(), run.err());
        String line = run.out().lines().filter(l -> l.contains(",A01,")).findFirst().orElseThrow();
        assertTrue(line.startsWith("1,A01,'" + name + ",5,85.30,excellent,1.00,1500.00,"), line);
    }
}
