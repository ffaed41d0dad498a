package com.parkreview.app.exchange.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line as RFC 4180 writes it, quoting a field only when it holds a comma, a quote or a
 * line break — an empty field stays empty, also first on the line (Commons CSV writes it
 * {@code ""}).
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static String of(List<String> fields) {
        return fields.stream().map(CsvLine::field).collect(Collectors.joining(",")) + "\n";
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
