package com.parkreview.scoring.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as a person writes one into a field or a cell: digits, at most one decimal point, and
 * nothing else. Full-width forms (８５，４．５) and the ideographic full stop are read as the ASCII
 * they show, surrounding spaces are ignored. No sign (ParkReview's numbers are never negative, and
 * {@code -0} is refused rather than read as 0), no exponent ({@code 1e400}, {@code 1E2}), no
 * {@code NaN} or {@code Infinity}, no hexadecimal, no grouping.
 */
public final class PlainNumber {

    /** Longer text is not a number a person wrote, and is not parsed. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

    private PlainNumber() {
    }

    /** The number the text shows, or empty when it is not a plain number (signed ones included). */
    public static Optional<BigDecimal> parse(String typed) {
        String text = normalise(typed);
        if (text.length() > MAX_LENGTH || !PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** Whether the text is a plain number with a sign in front ({@code -3}, {@code +3}, {@code -0}). */
    public static boolean signed(String typed) {
        String text = normalise(typed);
        return (text.startsWith("-") || text.startsWith("+")) && parse(text.substring(1)).isPresent();
    }

    /** Whether the text is a plain number with a minus sign in front and above zero ({@code -3}, not {@code -0}). */
    public static boolean negative(String typed) {
        String text = normalise(typed);
        return text.startsWith("-") && parse(text.substring(1)).map(v -> v.signum() > 0).orElse(false);
    }

    /** Full-width forms to ASCII ({@link FullWidth}), the ideographic full stop as a decimal point, spaces trimmed. */
    public static String normalise(String typed) {
        return typed == null ? "" : FullWidth.toAscii(typed).strip();
    }
}
