package com.parkreview.scoring.text;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.util.Optional;

/**
 * The one rule for text from any source (the window, CSV, XLSX, kit and score files, rubric files,
 * the command line). Refused, with the character shown as {@code U+XXXX} and its position:
 * <ul>
 *   <li>control characters (C0, DEL, C1), except tab and line feed in a {@link Lines#MANY} field;</li>
 *   <li>carriage return, except directly before a line feed in a {@link Lines#MANY} field (a text
 *       written on Windows): alone it sends a terminal's cursor back over what was printed;</li>
 *   <li>Unicode's line and paragraph separators U+2028 and U+2029, which some programs show as a
 *       line break and others not at all;</li>
 *   <li>the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069, which make text
 *       show in another order than it is stored;</li>
 *   <li>the other invisible format characters (Unicode's Cf: U+FEFF, a byte-order mark inside a
 *       text; zero-width spaces and joiners, U+200B–U+200F; the soft hyphen U+00AD; …), with which
 *       two names that look the same differ, and a broken surrogate half, none of which a person
 *       means to type;</li>
 *   <li>more characters (UTF-16 units, as the database counts them) than the field holds.</li>
 * </ul>
 * {@link #printable} shows the same characters escaped, for text that was stored before this rule.
 */
public final class InputText {

    /** U+FFFD, what a decoder puts where it could not read a character: the text was garbled before it reached us. */
    public static final int REPLACEMENT = 0xFFFD;

    /** Whether a field may hold line breaks (an opinion, a reason) or is one line (a name). */
    public enum Lines { ONE, MANY }

    private InputText() {
    }

    /** What is wrong with the text, or empty when the rule allows it; {@code null} is allowed (no text). */
    public static Optional<LocalizedText> fault(String text, int maxLength, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of(LocalizedText.of("text.tooLong", text.length(), maxLength));
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if ((c == '\n' || crlf) && lines == Lines.ONE) {
                return Optional.of(LocalizedText.of("text.lineBreak", position));
            }
            // a tab in a one-line field (a name) broke the columns of every list that shows it (round 23)
            if (c == '\t' && lines == Lines.ONE) {
                return Optional.of(LocalizedText.of("text.tab", position));
            }
            if (refused(c) && !crlf) {
                return Optional.of(LocalizedText.of(kindKey(c), code(c), position));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * The text when the rule allows it, else a refusal that names the field: "申报单位名称：第 3 个字符
     * U+001B 是控制字符……".
     */
    public static String require(LocalizedText field, String text, int maxLength, Lines lines) {
        Optional<LocalizedText> fault = fault(text, maxLength, lines);
        if (fault.isPresent()) {
            throw new ValidationException(LocalizedText.of("text.field", field, fault.get()));
        }
        return text;
    }

    /**
     * The text with every character this rule refuses shown as {@code U+XXXX} (line feed, tab and
     * CR LF kept), for a terminal or a message: no escape sequence, bell or reordering reaches the
     * screen, whatever an older file or database holds.
     */
    public static String printable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean crlf = c == '\r' && next < text.length() && text.charAt(next) == '\n';
            if (refused(c) && !crlf) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                shown.append(code(c));
            } else if (shown != null) {
                shown.appendCodePoint(c);
            }
            i = next;
        }
        return shown == null ? text : shown.toString();
    }

    /** {@code U+001B}: how a refused character is named, never the character itself. */
    public static String code(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /** Refused anywhere, line breaks aside (a lone CR is refused; the caller allows CR LF). */
    private static boolean refused(int c) {
        if (c == '\t' || c == '\n') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || c == REPLACEMENT
                || filler(c);
    }

    /**
     * Hangul's fillers (U+115F, U+1160, U+3164, U+FFA0): letters to Unicode that show as nothing, which
     * made a reason and a secretary's name invisible on the signed sheet (a tester's round 18).
     */
    private static boolean filler(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    private static boolean bidi(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String kindKey(int c) {
        if (c == '\r') {
            return "text.carriageReturn";
        }
        if (bidi(c)) {
            return "text.bidi";
        }
        if (c == REPLACEMENT) {
            return "text.replacement";
        }
        if (Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            return "text.separator";
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "text.control";
        }
        return "text.invisible";
    }
}
