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

    /** The longest value shown whole in a message. */
    private static final int SHOWN = 64;

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
            return raw(cell).or(() -> longRaw(cell)).orElseGet(() -> formatter.formatCellValue(cell));
        }
        String plain = written(cell).orElseGet(() -> new BigDecimal(Double.toString(number))).stripTrailingZeros()
                .toPlainString();
        // a number no field takes, in digits past a sentence's length (1e-400 as 400 zeros, round 28): as written
        return plain.length() > SHOWN ? raw(cell).or(() -> longRaw(cell)).orElse(plain) : plain;
    }

    /** A value written longer than {@link #SHOWN} characters, by its beginning: {@code 100000000000000000000000…}. */
    private static Optional<String> longRaw(Cell cell) {
        if (!(cell instanceof XSSFCell xssf) || xssf.getRawValue() == null) {
            return Optional.empty();
        }
        String written = xssf.getRawValue().strip();
        return Optional.of(written.substring(0, Math.min(written.length(), 24)) + "…");
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
        if (!(cell instanceof XSSFCell xssf) || xssf.getRawValue() == null || xssf.getRawValue().length() > SHOWN) {
            return Optional.empty();
        }
        return Optional.of(xssf.getRawValue().strip());
    }
}
