package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.parkreview.app.AppText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of a JSON document, the bytes a signature is made over (see
 * {@code app/docs/exchange-format.md}): no whitespace; object members sorted by key (UTF-16
 * code units); arrays in their order; strings in UTF-8 with only the quotation mark, the
 * backslash and the control characters escaped (the two-character escapes where JSON has one,
 * else six characters with lower-case hex); whole numbers in plain decimal; true, false, null.
 * A fraction written as a JSON number has no canonical form (ParkReview writes decimals as
 * strings), nor has a string with a lone UTF-16 surrogate (two different such strings would give
 * the same bytes).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) throws JsonFields.FieldException {
        StringBuilder out = new StringBuilder();
        write(node, "", out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, String path, StringBuilder out) throws JsonFields.FieldException {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String key = keys.get(i);
                string(key, JsonFields.join(path, key), out);
                out.append(':');
                write(node.get(key), JsonFields.join(path, key), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = node.elements();
            for (int i = 0; items.hasNext(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(items.next(), path + "[" + i + "]", out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), path, out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            throw new JsonFields.FieldException(path, AppText.of("json.notCanonical", node.toString()));
        }
    }

    private static final Map<Character, String> SHORT_ESCAPES =
            Map.of('"', "\\\"", '\\', "\\\\", '\b', "\\b", '\t', "\\t", '\n', "\\n", '\f', "\\f", '\r', "\\r");

    private static void string(String text, String path, StringBuilder out) throws JsonFields.FieldException {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = SHORT_ESCAPES.get(c);
            if (escape != null) {
                out.append(escape);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                throw new JsonFields.FieldException(path, AppText.of("json.loneSurrogate", String.format("\\u%04x", (int) c)));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
