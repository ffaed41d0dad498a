package com.parkreview.app.persistence.dump;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One row of a table: each column's value as {@link ColumnValues} writes it, absent for NULL. */
public record Row(Map<String, Optional<String>> values) {

    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<String> get(String column) {
        Optional<String> value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return value;
    }

    /** The row's key in the history: its key columns' values joined by {@code /}. */
    public String key(TableCatalog.Table table) {
        return table.key().stream().map(c -> get(c).orElse("")).collect(Collectors.joining("/"));
    }

    /**
     * The row as the history's journal records it: canonical JSON with the columns in name order,
     * a digested column (a private key, a printed sheet's text) as {@code sha256:<hex>}.
     */
    public String image(TableCatalog.Table table) {
        Map<String, Optional<String>> shown = new TreeMap<>();
        values.forEach((column, value) -> shown.put(column,
                table.digested().contains(column) ? value.map(Row::digest) : value));
        return RowJson.write(shown);
    }

    static String digest(String value) {
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
