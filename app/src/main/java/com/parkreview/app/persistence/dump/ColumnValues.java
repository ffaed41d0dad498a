package com.parkreview.app.persistence.dump;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.InputText;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A column's value as text, one way only: {@code 42}, {@code 4.5} (a decimal without trailing
 * zeros or exponent), {@code true}, {@code 2026-11-20}, {@code 09:30}, {@code
 * 2026-11-20T09:30:00.123456Z} (an instant, UTC), a UUID in lower case, text as it is; absent for
 * SQL NULL. Backups hold these texts, the history's row journal compares them, and restoring
 * reads them back strictly: anything another writer could have meant differently is refused.
 */
public final class ColumnValues {

    /** No sign on zero: {@code -0} is not how a value is written. */
    private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,30})?");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Text columns without a size of their own (CLOB) take at most this many characters. */
    public static final int LONG_TEXT_LIMIT = 1_000_000;

    /** A value a column cannot take, said for the user. */
    public static final class ValueException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LocalizedText text;

        ValueException(LocalizedText text) {
            super(text.key());
            this.text = text;
        }

        public LocalizedText text() {
            return text;
        }
    }

    private ColumnValues() {
    }

    /** The value of {@code column} in the current row, as text. */
    public static Optional<String> read(ResultSet row, Column column) throws SQLException {
        Object value = switch (column.kind()) {
            case INTEGER -> row.getLong(column.name());
            case DECIMAL -> row.getBigDecimal(column.name());
            case TEXT -> row.getString(column.name());
            case BOOLEAN -> row.getBoolean(column.name());
            case DATE -> row.getObject(column.name(), LocalDate.class);
            case TIME -> row.getObject(column.name(), LocalTime.class);
            case TIMESTAMP -> row.getObject(column.name(), LocalDateTime.class);
            case INSTANT -> row.getObject(column.name(), OffsetDateTime.class);
            case UUID -> row.getObject(column.name(), UUID.class);
        };
        return row.wasNull() || value == null ? Optional.empty() : Optional.of(text(value));
    }

    /** A value of a type the columns hold, as text. */
    public static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        return value.toString();
    }

    /**
     * Reads a text as {@code column} holds it and binds it, refusing what the column cannot take
     * (a malformed number, too many digits or decimals, text too long or with control characters).
     */
    public static void bind(PreparedStatement statement, int index, Column column, Optional<String> text)
            throws SQLException, ValueException {
        if (text.isEmpty()) {
            statement.setNull(index, Types.NULL);
            return;
        }
        String value = text.get();
        switch (column.kind()) {
            case INTEGER -> statement.setLong(index, integer(column, value));
            case DECIMAL -> statement.setBigDecimal(index, decimal(column, value));
            case TEXT -> statement.setString(index, text(column, value));
            case BOOLEAN -> statement.setBoolean(index, bool(column, value));
            case DATE -> statement.setObject(index, parsed(column, value, () -> LocalDate.parse(value)));
            case TIME -> statement.setObject(index, parsed(column, value, () -> LocalTime.parse(value)));
            case TIMESTAMP -> statement.setObject(index, parsed(column, value, () -> LocalDateTime.parse(value)));
            case INSTANT -> statement.setObject(index,
                    parsed(column, value, () -> Instant.parse(value).atOffset(ZoneOffset.UTC)));
            case UUID -> statement.setObject(index, uuid(column, value));
        }
    }

    private static long integer(Column column, String value) throws ValueException {
        if (INTEGER.matcher(value).matches()) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                // too large: refused below
            }
        }
        throw refused(column, value, "dump.value.integer");
    }

    private static BigDecimal decimal(Column column, String value) throws ValueException {
        if (!DECIMAL.matcher(value).matches()) {
            throw refused(column, value, "dump.value.decimal");
        }
        BigDecimal decimal = new BigDecimal(value);
        if (decimal.signum() == 0 && value.startsWith("-")) {
            throw refused(column, value, "dump.value.decimal");
        }
        int scale = Math.max(decimal.scale(), 0);
        if (scale > column.scale() || decimal.precision() - decimal.scale() > column.size() - column.scale()) {
            throw new ValueException(AppText.of("dump.value.digits", column.name(), value, column.size() - column.scale(),
                    column.scale()));
        }
        return decimal;
    }

    private static String text(Column column, String value) throws ValueException {
        int limit = column.size() > 0 && column.size() < LONG_TEXT_LIMIT ? column.size() : LONG_TEXT_LIMIT;
        Optional<LocalizedText> fault = InputText.fault(value, limit, InputText.Lines.MANY);
        if (fault.isPresent()) {
            throw new ValueException(AppText.of("dump.value.text", column.name(), fault.get()));
        }
        return value;
    }

    private static boolean bool(Column column, String value) throws ValueException {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw refused(column, value, "dump.value.boolean");
        };
    }

    private static UUID uuid(Column column, String value) throws ValueException {
        if (!UUID_TEXT.matcher(value).matches()) {
            throw refused(column, value, "dump.value.uuid");
        }
        return UUID.fromString(value);
    }

    /** A parser that may throw {@link DateTimeParseException}. */
    private interface Parser {
        Object parse();
    }

    private static Object parsed(Column column, String value, Parser parser) throws ValueException {
        try {
            return parser.parse();
        } catch (DateTimeParseException e) {
            throw refused(column, value, "dump.value." + column.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    private static ValueException refused(Column column, String value, String key) {
        return new ValueException(AppText.of(key, column.name(), Shown.value(value)));
    }
}
