package com.parkreview.app.exchange.table;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.csv.CsvTable;
import com.parkreview.app.exchange.csv.TableHeader;
import com.parkreview.scoring.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook (.xlsx) read as a table: the first row is the header, each
 * following non-empty row a record, every cell as the text Excel shows. Columns that must keep
 * every digit (a credit code) must be text cells: a number cell has already lost digits. A
 * formula cell is refused (its value is whatever the workbook last computed), and every cell is
 * held to the same rule as a CSV cell ({@link CsvTable#of}).
 */
public final class XlsxTable {

    private static final Logger LOG = Logger.getLogger(XlsxTable.class.getName());

    private XlsxTable() {
    }

    public static CsvTable read(Path file, List<String> expectedHeader, Set<String> textOnlyColumns) {
        return read(file, TableHeader.of(expectedHeader), textOnlyColumns);
    }

    /**
     * @param textOnlyColumns by their English names
     */
    public static CsvTable read(Path file, TableHeader expected, Set<String> textOnlyColumns) {
        List<String> expectedHeader = expected.english();
        String name = file.getFileName().toString();
        List<CsvTable.Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        if (WorkbookSize.tooLarge(file)) {
            problems.add(InputProblem.inFile(name, AppText.of("xlsx.tooLarge", WorkbookSize.MAX_BYTES / (1024 * 1024))));
            return CsvTable.of(name, expectedHeader, rows, problems);
        }
        Optional<LocalizedText> writtenTwice = WorkbookDuplicates.first(file);
        if (writtenTwice.isPresent()) {
            problems.add(InputProblem.inFile(name, writtenTwice.get()));
            return CsvTable.of(name, expectedHeader, rows, problems);
        }
        byte[] bytes;
        try (InputStream in = InputFiles.open(file)) {
            // read whole first: a disk's fault is said as one, a fault in the bytes is the workbook's (round 27)
            bytes = in.readNBytes((int) WorkbookSize.MAX_BYTES + 1);
        } catch (IOException e) {
            problems.add(InputProblem.unreadable(file, e));
            return CsvTable.of(name, expectedHeader, rows, problems);
        }
        if (bytes.length > WorkbookSize.MAX_BYTES) {
            problems.add(InputProblem.inFile(name, AppText.of("xlsx.tooLarge", WorkbookSize.MAX_BYTES / (1024 * 1024))));
            return CsvTable.of(name, expectedHeader, rows, problems);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (workbook.isSheetHidden(0) || workbook.isSheetVeryHidden(0)) { // what Excel shows is what is read (round 5)
                problems.add(InputProblem.inFile(name, AppText.of("xlsx.hiddenSheet", sheet.getSheetName())));
                return CsvTable.of(name, expectedHeader, rows, problems);
            }
            DataFormatter formatter = new DataFormatter();
            Optional<String> otherRows = otherSheetWithRows(workbook, formatter, expected);
            if (otherRows.isPresent()) { // its rows would be left out without a word (rounds 10 and 15)
                boolean hidden = workbook.isSheetHidden(workbook.getSheetIndex(otherRows.get()))
                        || workbook.isSheetVeryHidden(workbook.getSheetIndex(otherRows.get()));
                problems.add(InputProblem.inFile(name, AppText.of(hidden ? "xlsx.hiddenTable" : "xlsx.otherSheet",
                        otherRows.get(), sheet.getSheetName())));
                return CsvTable.of(name, expectedHeader, rows, problems);
            }
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = headerRow == null ? List.of() : cells(headerRow, formatter, Math.max(expectedHeader.size(),
                    headerRow.getLastCellNum())).stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
            if (expected.match(header).isEmpty()) {
                problems.add(InputProblem.atLine(name, sheet.getFirstRowNum() + 1L, expected.refusal(header)));
                return CsvTable.of(name, expectedHeader, rows, problems);
            }
            List<String> english = expectedHeader;
            expectedHeader = expected.match(header).orElseThrow();
            int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + CsvTable.MAX_ROWS + 1);
            for (int r = sheet.getFirstRowNum() + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> fields = cells(row, formatter, expectedHeader.size());
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                long line = r + 1L;
                boolean refused = row.getZeroHeight();
                if (refused) {
                    problems.add(InputProblem.atLine(name, line, AppText.of("xlsx.hiddenRow")));
                }
                for (int c = 0; c < expectedHeader.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (sheet.isColumnHidden(c) && !fields.get(c).isBlank()) {
                        problems.add(InputProblem.atCell(name, line, c + 1, expectedHeader.get(c),
                                AppText.of("xlsx.hiddenColumn")));
                        refused = true;
                    } else if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        problems.add(InputProblem.atCell(name, line, c + 1, expectedHeader.get(c),
                                AppText.of("xlsx.formulaCell", "=" + cell.getCellFormula())));
                        refused = true;
                    } else if (textOnlyColumns.contains(english.get(c)) && cell != null
                            && cell.getCellType() == CellType.NUMERIC) {
                        problems.add(InputProblem.atCell(name, line, c + 1, expectedHeader.get(c),
                                AppText.of(english.get(c).equals("uscc") ? "xlsx.numberCell" : "xlsx.numberForText",
                                        fields.get(c))));
                        refused = true;
                    } else if (cell != null && cell.getCellType() == CellType.BOOLEAN
                            && !english.get(c).equals("group_leader")) { // read as the word "TRUE" (a tester's round 12)
                        problems.add(InputProblem.atCell(name, line, c + 1, expectedHeader.get(c),
                                AppText.of("xlsx.booleanCell", fields.get(c))));
                        refused = true;
                    } else if (shownOtherwise(cell, fields.get(c), formatter)) { // what Excel shows is what is read (round 10)
                        problems.add(InputProblem.atCell(name, line, c + 1, expectedHeader.get(c),
                                showsDigits(cell, fields.get(c))
                                        ? AppText.of("xlsx.shownOtherwise", formatter.formatCellValue(cell), fields.get(c))
                                        : AppText.of("xlsx.formatHides", fields.get(c), cell.getCellStyle().getDataFormatString())));
                        refused = true;
                    }
                }
                OptionalInt unheaded = valueWithoutHeading(row, formatter, expectedHeader.size());
                if (unheaded.isPresent()) { // read nowhere, and dropped without a word (round 10)
                    problems.add(InputProblem.atLine(name, line, AppText.of("xlsx.unheadedColumn",
                            CellReference.convertNumToColString(unheaded.getAsInt()), fields.size())));
                    refused = true;
                }
                if (!refused) {
                    rows.add(new CsvTable.Row(line, fields));
                }
            }
            firstValueBeyond(sheet, last, formatter, expectedHeader.size()).ifPresent(line ->
                    problems.add(InputProblem.atLine(name, line, AppText.of("table.tooManyRows", CsvTable.MAX_ROWS))));
        } catch (NotOfficeXmlFileException e) {
            problems.add(InputProblem.inFile(name, AppText.of("xlsx.notXlsx")));
        } catch (EncryptedDocumentException e) {
            problems.add(InputProblem.inFile(name, AppText.of("xlsx.encrypted")));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "workbook not read: " + file, e);
            problems.add(InputProblem.inFile(name, AppText.of("xlsx.unreadable")));
        }
        return CsvTable.of(name, expectedHeader, rows, problems);
    }

    /**
     * The name of a sheet after the first whose rows would not be read: one shown in Excel holding a
     * value, or a hidden one headed as the table is (round 15 had E6 on a hidden "Sheet2", left out).
     */
    private static Optional<String> otherSheetWithRows(Workbook workbook, DataFormatter formatter, TableHeader expected) {
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            Sheet other = workbook.getSheetAt(i);
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                // a template's hidden lists (choices for a drop-down) are not rows anyone sees; a hidden table is
                Row head = other.getRow(other.getFirstRowNum());
                if (head != null && expected.match(cells(head, formatter, head.getLastCellNum()).stream()
                        .map(String::strip).filter(h -> !h.isEmpty()).toList()).isPresent()) {
                    return Optional.of(workbook.getSheetName(i));
                }
                continue;
            }
            for (Row row : other) {
                for (Cell cell : row) {
                    if (!formatter.formatCellValue(cell).isBlank()) {
                        return Optional.of(workbook.getSheetName(i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first column past the table's own (0-based) where the row holds a value. */
    private static OptionalInt valueWithoutHeading(Row row, DataFormatter formatter, int columns) {
        for (int c = columns; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The line of the first row past the rows read that holds a value: refused as a CSV that long
     * is, never dropped (a tester's round 6 had an applicant in row 5003 left out, "Imported 1 row").
     */
    private static Optional<Long> firstValueBeyond(Sheet sheet, int last, DataFormatter formatter, int columns) {
        if (sheet.getLastRowNum() <= last) {
            return Optional.empty();
        }
        for (Row row : sheet) {
            if (row.getRowNum() > last && !cells(row, formatter, columns).stream().allMatch(String::isBlank)) {
                return Optional.of(row.getRowNum() + 1L);
            }
        }
        return Optional.empty();
    }

    /** A number cell whose format shows something other than the number it holds (nothing, or another figure). */
    private static boolean shownOtherwise(Cell cell, String held, DataFormatter formatter) {
        if (cell == null || cell.getCellType() != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)
                || !Double.isFinite(cell.getNumericCellValue())) {
            return false; // past a double (1e400): the field's own rules refuse it, naming the value
        }
        try {
            BigDecimal number = new BigDecimal(held);
            return !ShownNumber.showsDigits(number, cell.getCellStyle().getDataFormatString())
                    || !ShownNumber.shows(number, formatter.formatCellValue(cell));
        } catch (NumberFormatException e) {
            return false; // -0, NaN: the field's own rules refuse them, naming the value
        }
    }

    private static boolean showsDigits(Cell cell, String held) {
        try {
            return ShownNumber.showsDigits(new BigDecimal(held), cell.getCellStyle().getDataFormatString());
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter, int count) {
        List<String> fields = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Cell cell = row.getCell(c);
            fields.add(cell == null ? "" : CellText.of(cell, formatter)); // stripped once checked (CsvTable.of)
        }
        return fields;
    }
}
