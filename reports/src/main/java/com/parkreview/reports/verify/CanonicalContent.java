package com.parkreview.reports.verify;

import com.parkreview.scoring.money.Money;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The content of a sheet in its canonical form, from which its verification code is computed.
 *
 * <p>The form: one line {@code key=value} per item, sorted by key (Unicode code point order),
 * each line ended by a line feed, the whole encoded in UTF-8. Keys are ASCII
 * ({@code A-Z a-z 0-9 . _ -}). Values are written so that equal content gives equal text:
 * <ul>
 *   <li>text in Unicode NFC, line breaks as {@code \n}, then {@code \} written {@code \\} and a
 *       line break written {@code \n} (two characters), so that a value is one line;</li>
 *   <li>decimals (scores, means, money in 万元) without trailing zeros, never in exponent
 *       notation: {@code 4.50} and {@code 4.5} are both {@code 4.5}, {@code 10.0} is {@code 10};</li>
 *   <li>whole numbers in decimal digits, booleans {@code true} / {@code false}, dates
 *       ISO-8601 ({@code 2026-11-23});</li>
 *   <li>an absent or empty value is left out: no line.</li>
 * </ul>
 */
public final class CanonicalContent {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+");

    private final TreeMap<String, String> items = new TreeMap<>();

    /** Adds a text value; an empty one is left out. */
    public CanonicalContent put(String key, String value) {
        checkKey(key);
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (items.putIfAbsent(key, escape(value)) != null) {
            throw new IllegalArgumentException("key given twice: " + key);
        }
        return this;
    }

    public CanonicalContent put(String key, BigDecimal value) {
        return put(key, value == null ? null : decimal(value));
    }

    /** Money as its amount in 万元 (a decimal). */
    public CanonicalContent put(String key, Money value) {
        return put(key, value == null ? null : value.wan());
    }

    public CanonicalContent put(String key, long value) {
        return put(key, Long.toString(value));
    }

    public CanonicalContent put(String key, boolean value) {
        return put(key, Boolean.toString(value));
    }

    /** The canonical text: sorted {@code key=value} lines, each ended by a line feed. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> item : items.entrySet()) {
            text.append(item.getKey()).append('=').append(item.getValue()).append('\n');
        }
        return text.toString();
    }

    /**
     * The items of a canonical text, read back: key to value, with line breaks and backslashes as
     * they were before writing. The inverse of {@link #text()}; a line that is not {@code key=value}
     * with a canonical key is refused.
     */
    public static SortedMap<String, String> read(String text) {
        SortedMap<String, String> items = new TreeMap<>();
        if (text.isEmpty()) {
            return items;
        }
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a canonical text ends with a line feed");
        }
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("not a key=value line: " + line);
            }
            String key = line.substring(0, equals);
            checkKey(key);
            if (items.put(key, unescape(line.substring(equals + 1))) != null) {
                throw new IllegalArgumentException("key given twice: " + key);
            }
        }
        return items;
    }

    /** A decimal as the canonical form writes it: plain, without trailing zeros. */
    public static String decimal(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String escape(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("canonical keys are ASCII letters, digits, . _ and -: " + key);
        }
    }
}
