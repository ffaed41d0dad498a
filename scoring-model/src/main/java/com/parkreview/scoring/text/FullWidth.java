package com.parkreview.scoring.text;

/**
 * Full-width forms as a Chinese input method types them (８５，４．５, ＡＢＣ) read as the ASCII they
 * stand for, the ideographic space as a space and the ideographic full stop (。) as a decimal point.
 * Nothing else is changed: a superscript ¹, a circled ④ or a mathematical 𝟏 stays what it is and
 * is refused where a digit is wanted (Unicode's compatibility folding, NFKC, would read them all as
 * digits).
 */
public final class FullWidth {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int OFFSET = 0xFF01 - 0x21;

    private FullWidth() {
    }

    public static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = map(c);
            if (mapped != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char map(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - OFFSET);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c == '。' ? '.' : c;
    }
}
