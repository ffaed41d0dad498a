package com.parkreview.app.exchange.table;

import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;

/** A workbook cell as the text the import reads: a number as the file writes it, digit for digit. */
final class CellText {

    private CellText() {
    }

    /**
     * A cell as text: a number cell as the exact number it holds (Excel shows 1500.0000004 as 1500,
     * and -0 as 0, which the rules for amounts and scores must see as typed), any other as Excel shows it.
     */
    static String of(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
            return formatter.formatCellValue(cell);
        }
        double number = cell.getNumericCellValue();
        if (Double.doubleToRawLongBits(number) == Double.doubleToRawLongBits(-0.0)) {
            return "-0";
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            // as the file writes it (round 27 was told of an amount "∞" where the cell held 1e400)
            return raw(cell).orElseGet(() -> formatter.formatCellValue(cell));
        }
        return written(cell).orElseGet(() -> new BigDecimal(Double.toString(number))).stripTrailingZeros().toPlainString();
    }

    /**
     * The number as the file writes it, digit for digit: read through a double, 499.99999999999999999
     * became 500 and 7.9999999999999999 became 8, where their typed forms are refused (round 18 F9).
     */
    private static Optional<BigDecimal> written(Cell cell) {
        Optional<String> raw = raw(cell);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(raw.get());
            return Math.abs(number.scale()) > 400 ? Optional.empty() : Optional.of(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The cell's value as the file writes it, when it is short enough to show. */
    private static Optional<String> raw(Cell cell) {
        if (!(cell instanceof XSSFCell xssf) || xssf.getRawValue() == null || xssf.getRawValue().length() > 64) {
            return Optional.empty();
        }
        return Optional.of(xssf.getRawValue().strip());
    }
}
