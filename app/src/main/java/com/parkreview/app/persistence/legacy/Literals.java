package com.parkreview.app.persistence.legacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The values of the literals H2's SCRIPT writes, from their text: each method either returns the
 * value or throws {@link IllegalArgumentException} (a {@link java.time.DateTimeException} is
 * one), and evaluates nothing.
 */
final class Literals {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("(-?\\d{4,9})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME_TEXT = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?");
    private static final Pattern OFFSET_TEXT = Pattern.compile("[+-]\\d{2}(:\\d{2}(:\\d{2})?)?");

    private Literals() {
    }

    /** Whole numbers as {@link Long} (beyond its range as {@link BigDecimal}), others as {@link BigDecimal}. */
    static Object number(String text) {
        if (text.indexOf('.') < 0) {
            BigDecimal whole = new BigDecimal(text);
            try {
                return whole.longValueExact();
            } catch (ArithmeticException e) {
                return whole;
            }
        }
        return new BigDecimal(text);
    }

    /** {@code 2026-11-20}; H2 writes years before 1 as {@code -0001} and after 9999 in full. */
    static LocalDate date(String text) {
        var match = DATE_TEXT.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException(text);
        }
        return LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                Integer.parseInt(match.group(3)));
    }

    /** {@code 09:30:00}, to the nanosecond. */
    static LocalTime time(String text) {
        if (!TIME_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
        }
        return LocalTime.parse(text);
    }

    /** {@code 2026-12-04 15:19:01.568029}. */
    static LocalDateTime timestamp(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(text);
        }
        return LocalDateTime.of(date(text.substring(0, space)), time(text.substring(space + 1)));
    }

    /** {@code 2026-12-04 15:19:01.912607+00}, or with {@code +05:30} or {@code -03:30:15}. */
    static OffsetDateTime timestampWithTimeZone(String text) {
        int space = text.indexOf(' ');
        int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        if (space < 0 || sign < space) {
            throw new IllegalArgumentException(text);
        }
        String offset = text.substring(sign);
        if (!OFFSET_TEXT.matcher(offset).matches()) {
            throw new IllegalArgumentException(text);
        }
        return OffsetDateTime.of(timestamp(text.substring(0, sign)), ZoneOffset.of(offset));
    }

    /** {@code a17b1c36-2ddd-410d-9046-c69080cf4607}, all 36 characters. */
    static UUID uuid(String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
        }
        return UUID.fromString(text);
    }

    static byte[] binary(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
