package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of a JSON tree by hand, so that every refusal names the field by its path
 * ({@code dimensions[2].indicators[0].max}) and says what is allowed.
 */
public final class JsonFields {

    /** A field that is missing, of the wrong kind or not allowed; {@code path} names it. */
    public static final class FieldException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final transient LocalizedText text;

        public FieldException(String path, LocalizedText text) {
            super(path + ": " + text.key());
            this.path = path;
            this.text = text;
        }

        public String path() {
            return path;
        }

        public LocalizedText text() {
            return text;
        }
    }

    private JsonFields() {
    }

    public static void onlyFields(JsonNode object, String path, Set<String> allowed) throws FieldException {
        requireObject(object, path);
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new FieldException(join(path, name),
                        AppText.of("json.unknownField", String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    public static String text(JsonNode object, String path, String field) throws FieldException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new FieldException(join(path, field), AppText.of("json.missing"));
        }
        if (!node.isTextual()) {
            throw new FieldException(join(path, field), AppText.of("json.notText", node.toString()));
        }
        return node.textValue();
    }

    public static String optionalText(JsonNode object, String path, String field) throws FieldException {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? "" : text(object, path, field);
    }

    public static BigDecimal decimal(JsonNode object, String path, String field) throws FieldException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new FieldException(join(path, field), AppText.of("json.missing"));
        }
        if (!node.isNumber()) {
            throw new FieldException(join(path, field), AppText.of("json.notNumber", node.toString()));
        }
        return node.decimalValue();
    }

    public static List<JsonNode> array(JsonNode object, String path, String field) throws FieldException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new FieldException(join(path, field), AppText.of("json.missing"));
        }
        if (!node.isArray()) {
            throw new FieldException(join(path, field), AppText.of("json.notArray", node.getNodeType().name().toLowerCase()));
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    public static void requireObject(JsonNode node, String path) throws FieldException {
        if (node == null || !node.isObject()) {
            throw new FieldException(path.isEmpty() ? "(document)" : path, AppText.of("json.notObject"));
        }
    }

    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public static String index(String path, String field, int i) {
        return join(path, field) + "[" + i + "]";
    }
}
