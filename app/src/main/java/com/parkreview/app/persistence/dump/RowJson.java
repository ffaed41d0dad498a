package com.parkreview.app.persistence.dump;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A row as one line of JSON: a flat object of column names to strings or null, members in the
 * order given. Reading accepts exactly that shape and nothing deeper.
 */
public final class RowJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(2)
                    .maxStringLength(ColumnValues.LONG_TEXT_LIMIT * 6)
                    .maxNumberLength(20)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A line that is not a row of the expected shape; {@link #text} says how, in words. */
    public static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LocalizedText text;

        ShapeException(LocalizedText text) {
            super(text.key());
            this.text = text;
        }

        public LocalizedText text() {
            return text;
        }
    }

    private RowJson() {
    }

    static String write(Map<String, Optional<String>> values) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Optional<String>> entry : values.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey(), out);
            out.append(':');
            if (entry.getValue().isPresent()) {
                string(entry.getValue().get(), out);
            } else {
                out.append("null");
            }
        }
        return out.append('}').toString();
    }

    public static Map<String, Optional<String>> read(String line) throws ShapeException {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ShapeException(AppText.of("backup.row.notObject"));
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String column = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    values.put(column, Optional.of(parser.getText()));
                } else if (value == JsonToken.VALUE_NULL) {
                    values.put(column, Optional.empty());
                } else {
                    throw new ShapeException(AppText.of("backup.row.notText", Shown.value(column)));
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new ShapeException(AppText.of("backup.row.notFlat"));
            }
        } catch (IOException e) {
            throw new ShapeException(AppText.of(e instanceof StreamConstraintsException
                    ? "backup.row.tooLarge" : "backup.row.notJson"));
        }
        return values;
    }

    /** JSON string escaping: the quotation mark, the backslash and control characters. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
