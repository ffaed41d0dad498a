package com.parkreview.app.exchange.table;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.csv.CsvTable;
import com.parkreview.app.exchange.csv.TableHeader;
import com.parkreview.scoring.LocalizedText;
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
import org.apache.poi.xssf.usermodel.XSSFCell;
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
        try (InputStream in = InputFiles.open(file); Workbook workbook = new XSSFWorkbook(in)) {
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
        } catch (IOException e) {
            problems.add(InputProblem.unreadable(file, e));
        } catch (RuntimeException e) {
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
        if (cell == null || cell.getCellType() != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
            return false;
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
            fields.add(cell == null ? "" : text(cell, formatter)); // stripped once checked (CsvTable.of)
        }
        return fields;
    }

    /**
     * A cell as text: a number cell as the exact number it holds (Excel shows 1500.0000004 as 1500,
     * and -0 as 0, which the rules for amounts and scores must see as typed), any other as Excel shows it.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
            return formatter.formatCellValue(cell);
        }
        double number = cell.getNumericCellValue();
        if (Double.doubleToRawLongBits(number) == Double.doubleToRawLongBits(-0.0)) {
            return "-0";
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return formatter.formatCellValue(cell);
        }
        return written(cell).orElseGet(() -> new BigDecimal(Double.toString(number))).stripTrailingZeros().toPlainString();
    }

    /**
     * The number as the file writes it, digit for digit: read through a double, 499.99999999999999999
     * became 500 and 7.9999999999999999 became 8, where their typed forms are refused (round 18 F9).
     */
    private static Optional<BigDecimal> written(Cell cell) {
        if (!(cell instanceof XSSFCell xssf) || xssf.getRawValue() == null || xssf.getRawValue().length() > 64) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(xssf.getRawValue().strip());
            return Math.abs(number.scale()) > 400 ? Optional.empty() : Optional.of(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
