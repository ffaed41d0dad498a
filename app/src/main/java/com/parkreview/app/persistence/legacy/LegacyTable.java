package com.parkreview.app.persistence.legacy;

import java.util.List;

/**
 * One table of a legacy backup: its column names in lower case, in the order of the script's
 * {@code CREATE TABLE}, and its rows in that column order. A value is {@code null}, a
 * {@link Long}, a {@link java.math.BigDecimal}, a {@link String}, a {@link Boolean}, a
 * {@link java.time.LocalDate}, a {@link java.time.LocalTime}, a {@link java.time.OffsetDateTime}
 * ({@code TIMESTAMP WITH TIME ZONE}), a {@link java.time.LocalDateTime} ({@code TIMESTAMP}), a
 * {@link java.util.UUID} or a {@code byte[]}. Types are not checked against the columns: the
 * caller validates every value against the schema it inserts into.
 */
public record LegacyTable(List<String> columns, List<List<Object>> rows) {

    public LegacyTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows); // each row is an unmodifiable list that may hold nulls
    }
}
