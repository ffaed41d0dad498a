package com.parkreview.reports.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.SheetStatus;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The results workbook opened with POI: data sheets a secretary can sum, sort and filter (every
 * figure a number cell with its format and equal to the merge, one frozen head row, filters,
 * nothing merged), a print sheet one page wide with the verification code, no formula anywhere —
 * also not from an applicant whose name a spreadsheet would take for one — and the file's
 * properties. The session is the realistic one with a seventh applicant that has no valid expert.
 */
class ResultsWorkbookTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x.example\",\"点此\")运营有限公司";
    private static SessionPack pack;
    private static FilledSheet results;
    private static XSSFWorkbook book;

    @BeforeAll
    static void write() throws IOException {
        String first17 = "91110107MA0777777";
        pack = RealisticSession.builder()
                .applicant(new Applicant("A07", HOSTILE,
                        UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17)), 7),
                        ApplicantFunding.NONE, 0)
                .build();
        ReportService service = new ReportService();
        results = service.results(pack.results(), pack.settings());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportWorkbook(pack, results, DocumentInfo.of("2026年度评审结果", Optional.of("周敏"), List.of(results)),
                out);
        SheetPdf.keep("results.xlsx", out.toByteArray());
        book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    @Test
    void dataSheetsComeFirstThenThePrintSheet() {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(List.of("结果", "专家评分", "偏差标记", "打印版"), names);
    }

    @Test
    void noCellAnywhereIsAFormula() {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"结果", "专家评分", "偏差标记"})
    void dataSheetHasOneFrozenHeadRowFiltersAndNothingMerged(String name) {
        XSSFSheet sheet = book.getSheet(name);
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "filters on");
        assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"));
        assertEquals(0, sheet.getNumMergedRegions());
    }

    @Test
    void resultsFiguresAreNumbersEqualToTheMerge() {
        Map<String, Row> rows = rowsById(book.getSheet("结果"), 1);
        for (RankedApplicant ranked : pack.results().result().rows()) {
            Row row = rows.get(ranked.applicant().id());
            if (ranked.result().outcome().isEmpty()) {
                continue;
            }
            PanelOutcome outcome = ranked.result().outcome().get();
            assertNumber(row, 0, "0", new BigDecimal(ranked.rank().getAsInt()));
            assertNumber(row, 4, "0", new BigDecimal(ranked.result().validExperts()));
            assertNumber(row, 5, "0.00", outcome.panelScore());
            assertEquals(outcome.tier().label(), row.getCell(6).getStringCellValue());
            assertNumber(row, 7, "0.00####", pack.results().annualCap().wan());
            ranked.applicant().funding().appliedFor().ifPresentOrElse(
                    applied -> assertNumber(row, 8, "0.00####", applied.wan()), () -> assertNull(row.getCell(8)));
            assertNumber(row, 9, "0.00####", outcome.applicantCap().wan());
            assertNumber(row, 10, "0%", outcome.share());
            assertNumber(row, 11, "0.00####", ranked.applicant().funding().receivedThisYear().wan());
            assertNumber(row, 12, "0.00####", outcome.amount().wan());
            assertNumber(row, 13, "0.00####", ranked.runningTotal().orElseThrow().wan());
        }
    }

    @Test
    void incompleteApplicantIsUnfinishedWithBlankFiguresNeverZero() {
        Row row = rowsById(book.getSheet("结果"), 1).get("A07");
        assertNull(row.getCell(0), "no rank");
        assertEquals("未完成", row.getCell(6).getStringCellValue());
        for (int column = 7; column <= 13; column++) {
            assertNull(row.getCell(column), "column " + column + " is blank");
        }
    }

    @Test
    void everyExpertsScoresAreNumbersSummingToTheTotalTheMergeUsed() {
        Sheet sheet = book.getSheet("专家评分");
        int indicators = pack.settings().rubric().indicators().size();
        int current = 0;
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || row.getCell(4) == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < indicators; i++) {
                Cell cell = row.getCell(6 + i);
                assertEquals("0.00", cell.getCellStyle().getDataFormatString());
                sum = sum.add(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
            BigDecimal total = BigDecimal.valueOf(row.getCell(6 + indicators).getNumericCellValue());
            assertEquals(0, sum.compareTo(total), "row " + row.getRowNum());
            if (row.getCell(5).getStringCellValue().equals(SheetStatus.SIGNED.label())) {
                current++;
                String applicant = row.getCell(0).getStringCellValue();
                BigDecimal merged = pack.results().result().row(applicant).orElseThrow().result()
                        .expertTotal(row.getCell(2).getStringCellValue()).orElseThrow();
                assertEquals(0, merged.compareTo(total), applicant + " " + row.getCell(2));
            }
        }
        assertEquals(pack.summaries().stream().mapToInt(s -> s.sheets().size()).sum(), current);
    }

    @Test
    void flagsAreListedWithTheirResolutions() {
        Sheet sheet = book.getSheet("偏差标记");
        int flags = 0;
        for (PanelSummary summary : pack.summaries()) {
            flags += summary.result().flags().size();
            flags += (int) summary.resolutions().stream().filter(r -> r.round() != summary.currentRound()).count();
        }
        assertEquals(flags, sheet.getLastRowNum());
        boolean reReview = false;
        for (Row row : sheet) {
            reReview |= row.getRowNum() > 0 && row.getCell(3).getStringCellValue().equals("expert_outlier:E5")
                    && row.getCell(7).getStringCellValue().equals("责令复评");
        }
        assertTrue(reReview, "E5's outlier on A03, round 1, re-review ordered");
    }

    @Test
    void printSheetPrintsOnePageWideWithTheVerificationCode() {
        XSSFSheet print = book.getSheet("打印版");
        assertTrue(print.getFitToPage());
        assertEquals(1, print.getPrintSetup().getFitWidth());
        assertEquals(0, print.getPrintSetup().getFitHeight());
        assertTrue(print.getPrintSetup().getLandscape());
        assertTrue(print.getFooter().getLeft().contains(results.code().value()));
        assertTrue(texts(print).stream().anyMatch(t -> t.contains(results.code().value())), "the code on the sheet");
        assertTrue(texts(print).contains("评审结果汇总表（拟支持名单）"));
    }

    @Test
    void printSheetFiguresAreNumbersToo() {
        List<Double> numbers = new ArrayList<>();
        for (Row row : book.getSheet("打印版")) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
        }
        assertTrue(numbers.contains(840.0) && numbers.contains(4840.0) && numbers.contains(85.3), numbers.toString());
    }

    @Test
    void aNameASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
        assertEquals("'" + HOSTILE, rowsById(book.getSheet("结果"), 1).get("A07").getCell(2).getStringCellValue());
        assertTrue(texts(book.getSheet("打印版")).contains("'" + HOSTILE));
    }

    @Test
    void propertiesNameTheSessionItsSecretaryTheCodeAndParkReview() {
        var core = book.getProperties().getCoreProperties();
        assertEquals("2026年度评审结果", core.getTitle());
        assertEquals("评审结果汇总表", core.getSubject());
        assertEquals("周敏", core.getCreator());
        assertTrue(core.getKeywords().contains(results.code().value()));
        assertEquals(DocumentInfo.PRODUCER, book.getProperties().getExtendedProperties().getApplication());
    }

    private static void assertNumber(Row row, int column, String format, BigDecimal expected) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "column " + column);
        assertEquals(format, cell.getCellStyle().getDataFormatString(), "column " + column);
        assertEquals(0, expected.compareTo(BigDecimal.valueOf(cell.getNumericCellValue())),
                "column " + column + ": " + cell.getNumericCellValue() + " for " + expected);
    }

    private static Map<String, Row> rowsById(Sheet sheet, int idColumn) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.put(row.getCell(idColumn).getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
