package com.parkreview.scoring.text;

/**
 * Text for a CSV or XLSX cell that a spreadsheet opens as text, never as a formula (OWASP, "CSV
 * Injection"): a value that begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return gets a leading apostrophe. The numbers ParkReview writes ({@code 85.30}, {@code 1500.00})
 * are never negative, so they never begin with one of these and stay numbers in the sheet.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The value as a cell should hold it. */
    public static String cell(String value) {
        return value == null || value.isEmpty() || !risky(value.charAt(0)) ? value : "'" + value;
    }

    private static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
