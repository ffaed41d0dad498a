package com.parkreview.app.persistence.legacy;

import static com.parkreview.app.persistence.legacy.LegacyScriptException.at;

import com.parkreview.app.persistence.legacy.LegacyScriptReader.Limits;
import com.parkreview.app.persistence.legacy.Token.Kind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Splits a script into tokens, one character at a time, within the {@link Limits}: every comment,
 * text value, name and statement is bounded while it is read, so that no input makes it run on.
 * It knows no statement; comments are dropped; {@code $}, backquotes and every other character
 * H2's SCRIPT does not write outside text values are refused.
 */
final class Tokenizer {

    /** H2 allows names of 256 characters. */
    private static final int MAX_NAME = 256;
    /** A BIGINT has 19 digits, a DECIMAL(18, 6) 20 characters. */
    private static final int MAX_NUMBER = 100;
    private static final String SYMBOLS = "(),;.=<>+-*/|%";

    private final Reader in;
    private final Limits limits;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int filled;
    private long line = 1;
    private long read;
    private long tokenStart;
    private long statementStart = -1;

    Tokenizer(Reader in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** From the last token read on, characters count towards one statement's length. */
    void statementStarts() {
        statementStart = tokenStart;
    }

    void statementEnds() {
        statementStart = -1;
    }

    Token next() throws LegacyScriptException {
        while (true) {
            int c = peek();
            tokenStart = read;
            long at = line;
            if (c < 0) {
                return new Token(Kind.END, "", line);
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                take();
            } else if (c == '-' || c == '/') {
                take();
                int second = peek();
                if (c == '-' && second == '-') {
                    lineComment(at);
                } else if (c == '/' && second == '*') {
                    take();
                    blockComment(at);
                } else if (c == '-' && isDigit(second)) {
                    return number("-", at);
                } else {
                    return new Token(Kind.SYMBOL, String.valueOf((char) c), at);
                }
            } else if (c == '\'') {
                take();
                return new Token(Kind.STRING, string(at, false), at);
            } else if (c == '"') {
                take();
                return name(at);
            } else if (isDigit(c)) {
                return number("", at);
            } else if (isLetter(c)) {
                return word(at);
            } else if (SYMBOLS.indexOf(c) >= 0) {
                take();
                return new Token(Kind.SYMBOL, String.valueOf((char) c), at);
            } else {
                throw at(line, "legacy.character", String.format("%c (U+%04X)", c < ' ' ? '?' : (char) c, c));
            }
        }
    }

    private Token word(long at) throws LegacyScriptException {
        StringBuilder word = new StringBuilder();
        while (isLetter(peek()) || isDigit(peek())) {
            word.append((char) take());
            if (word.length() > MAX_NAME) {
                throw at(at, "legacy.literalTooLong", MAX_NAME);
            }
        }
        String text = word.toString();
        if (text.equalsIgnoreCase("U") && peek() == '&') {
            take();
            if (take() != '\'') {
                throw at(line, "legacy.character", "&");
            }
            return new Token(Kind.STRING, string(at, true), at);
        }
        if (text.equalsIgnoreCase("X") && peek() == '\'') {
            take();
            return hex(at);
        }
        return new Token(Kind.WORD, text, at);
    }

    private String string(long at, boolean unicode) throws LegacyScriptException {
        return quoted('\'', at, unicode, limits.maxLiteralChars(), "legacy.stringUnterminated");
    }

    /**
     * {@code '...'} with {@code ''} for a quote, in {@code U&'...'} also {@code \\}, {@code \XXXX}
     * and {@code \+XXXXXX}; or a name {@code "..."} with {@code ""} for a quote.
     */
    private String quoted(char quote, long at, boolean unicode, int max, String unterminated)
            throws LegacyScriptException {
        StringBuilder text = new StringBuilder();
        long from = read;
        while (true) {
            int c = take();
            if (read - from > max) {
                throw at(at, "legacy.literalTooLong", max);
            } else if (c < 0) {
                throw at(at, unterminated, at);
            } else if (c == quote && peek() == quote) {
                take();
                text.append(quote);
            } else if (c == quote) {
                return text.toString();
            } else if (c == '\\' && unicode) {
                escape(text);
            } else {
                text.append((char) c);
            }
        }
    }

    private void escape(StringBuilder text) throws LegacyScriptException {
        long at = line;
        int c = take();
        if (c == '\\') {
            text.append('\\');
            return;
        }
        boolean wide = c == '+';
        StringBuilder hex = new StringBuilder(wide ? "" : String.valueOf((char) Math.max(c, 0)));
        while (hex.length() < (wide ? 6 : 4)) {
            hex.append((char) Math.max(take(), 0));
        }
        if (!hex.chars().allMatch(Tokenizer::isHexDigit)) {
            throw at(at, "legacy.escape", "\\" + (wide ? "+" : "") + hex);
        }
        int codePoint = Integer.parseInt(hex.toString(), 16);
        if (codePoint > Character.MAX_CODE_POINT) {
            throw at(at, "legacy.escape", "\\+" + hex);
        }
        text.appendCodePoint(codePoint); // a lone surrogate too: H2 splits a long text between two of them
    }

    private Token hex(long at) throws LegacyScriptException {
        StringBuilder hex = new StringBuilder();
        for (int c = take(); c != '\''; c = take()) {
            if (c < 0) {
                throw at(at, "legacy.stringUnterminated", at);
            } else if (!isHexDigit(c)) {
                throw at(line, "legacy.literal", "X", "'" + hex + (char) c + "...'");
            } else if (hex.length() >= limits.maxLiteralChars()) {
                throw at(at, "legacy.literalTooLong", limits.maxLiteralChars());
            }
            hex.append((char) c);
        }
        if (hex.length() % 2 != 0) {
            throw at(at, "legacy.literal", "X", "'" + hex + "'");
        }
        return new Token(Kind.HEX, hex.toString(), at);
    }

    private Token name(long at) throws LegacyScriptException {
        return new Token(Kind.NAME, quoted('"', at, false, MAX_NAME, "legacy.nameUnterminated"), at);
    }

    /** Digits, with a fraction after a point: no exponent (H2 writes numbers plain). */
    private Token number(String sign, long at) throws LegacyScriptException {
        StringBuilder number = new StringBuilder(sign);
        boolean point = false;
        while (isDigit(peek()) || (!point && peek() == '.')) {
            point |= peek() == '.';
            number.append((char) take());
            if (number.length() > MAX_NUMBER) {
                throw at(at, "legacy.number", number + "...");
            }
        }
        if (isLetter(peek()) || peek() == '.' || number.charAt(number.length() - 1) == '.') {
            throw at(at, "legacy.number", number.toString() + (char) Math.max(peek(), ' '));
        }
        return new Token(Kind.NUMBER, number.toString(), at);
    }

    private void lineComment(long at) throws LegacyScriptException {
        long from = read;
        for (int c = take(); c >= 0 && c != '\n'; c = take()) {
            if (read - from > limits.maxCommentChars()) {
                throw at(at, "legacy.commentTooLong", limits.maxCommentChars());
            }
        }
    }

    /** Nested as deep as the limits allow (H2 itself nests {@code /* *\/}); never past the end of the file. */
    private void blockComment(long at) throws LegacyScriptException {
        long from = read;
        int depth = 1;
        while (depth > 0) {
            int c = take();
            if (c < 0) {
                throw at(at, "legacy.commentUnterminated", at);
            } else if (read - from > limits.maxCommentChars()) {
                throw at(at, "legacy.commentTooLong", limits.maxCommentChars());
            } else if (c == '*' && peek() == '/') {
                take();
                depth--;
            } else if (c == '/' && peek() == '*') {
                take();
                if (++depth > limits.maxCommentNesting()) {
                    throw at(line, "legacy.commentNested", limits.maxCommentNesting());
                }
            }
        }
    }

    private int peek() throws LegacyScriptException {
        if (position == filled && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int take() throws LegacyScriptException {
        int c = peek();
        if (c < 0) {
            return c;
        }
        position++;
        read++;
        if (c == '\n') {
            line++;
        }
        if (statementStart >= 0 && read - statementStart > limits.maxStatementChars()) {
            throw at(line, "legacy.statementTooLong", limits.maxStatementChars());
        }
        return c;
    }

    private boolean fill() throws LegacyScriptException {
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                return false;
            }
            if (read + n > limits.maxScriptBytes()) {
                throw new LegacyScriptReader.TooLarge();
            }
            position = 0;
            filled = n;
            return true;
        } catch (LegacyScriptReader.TooLarge e) {
            throw at(line, "legacy.tooLarge", limits.maxScriptBytes());
        } catch (CharacterCodingException e) {
            throw at(line, "legacy.notUtf8");
        } catch (IOException e) {
            throw at(line, "legacy.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
