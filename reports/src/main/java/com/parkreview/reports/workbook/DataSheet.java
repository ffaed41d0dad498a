package com.parkreview.reports.workbook;

import com.parkreview.scoring.text.SpreadsheetText;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of a workbook as data: one head row, frozen, with filters on; below it one record per
 * row, each figure a number cell with its number format, each text a text cell; nothing merged.
 */
final class DataSheet {

    /** How a column's values are written. */
    enum Format {
        TEXT(null), INTEGER("0"), DECIMAL("0.00"), PERCENT("0%"),
        /** 万元 as stored, to six decimals (一元 is 0.0001): an amount applied for of 1499.999999 shown as 1500.00 did not add up. */
        MONEY("0.00####");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }

        /** The number format of the column's cells; none for text. */
        String pattern() {
            return pattern;
        }
    }

    /** A column: its head and format. */
    record Column(String head, Format format) {
    }

    private final XSSFSheet sheet;
    private final List<Column> columns;
    private final Map<Format, XSSFCellStyle> styles = new EnumMap<>(Format.class);
    private int rows;

    DataSheet(XSSFWorkbook book, String name, List<Column> columns) {
        this.sheet = book.createSheet(name);
        this.columns = List.copyOf(columns);
        for (Format format : Format.values()) {
            XSSFCellStyle style = book.createCellStyle();
            if (format.pattern() != null) {
                style.setDataFormat(book.createDataFormat().getFormat(format.pattern()));
            }
            styles.put(format, style);
        }
        XSSFCellStyle head = book.createCellStyle();
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        head.setFont(bold);
        XSSFRow row = sheet.createRow(rows++);
        for (int c = 0; c < columns.size(); c++) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(columns.get(c).head());
            cell.setCellStyle(head);
        }
    }

    /** One record, a value per column: text, a whole number, a decimal, or null for a blank cell. */
    void add(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        XSSFRow row = sheet.createRow(rows++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            XSSFCell cell = row.createCell(c);
            cell.setCellStyle(styles.get(columns.get(c).format()));
            if (value instanceof BigDecimal decimal) {
                // a double in the file, as every spreadsheet number is; two-decimal figures read back exactly
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(SpreadsheetText.cell(value.toString()));
            }
        }
    }

    /** Freezes the head, turns filters on over every record and widens each column to its head. */
    XSSFSheet finish() {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns.size() - 1));
        for (int c = 0; c < columns.size(); c++) {
            int chars = columns.get(c).head().length();
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, chars * 2 + 2)) * 256);
        }
        return sheet;
    }
}
