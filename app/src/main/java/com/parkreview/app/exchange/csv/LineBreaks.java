package com.parkreview.app.exchange.csv;

import java.util.Arrays;

/**
 * The lines of a text as an editor numbers them (from 1; a line ends at LF, CRLF or a lone CR), so
 * that a message names the line the user sees a row on, empty lines before it counted.
 */
final class LineBreaks {

    /** The position of the first character of every line after the first, ascending. */
    private final int[] starts;
    private final String text;

    LineBreaks(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (breaks) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /**
     * The line of a record the parser says starts at {@code position}: the parser counts the empty
     * lines it skipped as the record's, so the record starts after them.
     */
    long lineOfRecordAt(long position) {
        int at = (int) Math.min(position, text.length());
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return lineAt(at);
    }

    /** The line (from 1) that holds the character at {@code position}. */
    long lineAt(long position) {
        int index = Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
        return 1L + (index >= 0 ? index + 1 : -index - 1);
    }
}
