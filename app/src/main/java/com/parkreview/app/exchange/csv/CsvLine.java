package com.parkreview.app.exchange.csv;

import com.parkreview.scoring.text.SpreadsheetText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line as RFC 4180 writes it, quoting a field only when it holds a comma, a quote or a
 * line break — an empty field stays empty, also first on the line (Commons CSV writes it
 * {@code ""}). A field a spreadsheet would take for a formula ({@code =cmd|' /C calc'!A0}) is
 * written with a leading apostrophe ({@link SpreadsheetText}); the figures ParkReview writes are
 * never negative, so they stay numbers.
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static String of(List<String> fields) {
        return fields.stream().map(CsvLine::field).collect(Collectors.joining(",")) + "\n";
    }

    static String field(String text) {
        String value = SpreadsheetText.cell(text);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
