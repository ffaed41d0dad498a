package com.parkreview.app.persistence.legacy;

import com.parkreview.app.AppText;

/**
 * One token of a script: a word ({@code INSERT}, {@code NULL}), a quoted name, a text value
 * (already decoded, {@code U&'...'} escapes included), a hexadecimal binary value, a number (its
 * sign included), a one-character symbol, or the end of the file.
 */
record Token(Kind kind, String text, long line) {

    enum Kind { WORD, NAME, STRING, HEX, NUMBER, SYMBOL, END }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** The same token wherever it is: kind and text, words in any case. */
    boolean sameAs(Token other) {
        return kind == other.kind && (kind == Kind.WORD ? text.equalsIgnoreCase(other.text) : text.equals(other.text));
    }

    /** The token as a message names it: SQL as written (shortened), or "the end of the file". */
    Object shown() {
        String shown = switch (kind) {
            case NAME -> '"' + text + '"';
            case STRING -> "'" + text + "'";
            case HEX -> "X'" + text + "'";
            case END -> null;
            default -> text;
        };
        if (shown == null) {
            return AppText.of("legacy.endOfFile");
        }
        return shown.length() > 40 ? shown.substring(0, 37) + "..." : shown;
    }
}
