package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.InputText;
import com.parkreview.scoring.text.InputText.Lines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the fields of a JSON tree by hand, so that every refusal names the field by its path
 * ({@code dimensions[2].indicators[0].max}) and says what is allowed.
 */
public final class JsonFields {

    /** ParkReview's other files by their format, for a file given where another kind is read (a score file renamed .prkit). */
    private static final Map<String, String> OTHER_FILES = Map.of("parkreview-kit", "json.kindKit",
            "parkreview-score", "json.kindScore", "parkreview-rubric", "json.kindRubric");

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

    /** The most a text field holds when its reader names no other limit. */
    public static final int DEFAULT_MAX_LENGTH = 1000;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,6})?");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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

    /** Text of at most {@value #DEFAULT_MAX_LENGTH} characters on one line (a code, a format name). */
    public static String text(JsonNode object, String path, String field) throws FieldException {
        return text(object, path, field, DEFAULT_MAX_LENGTH);
    }

    private static String rawText(JsonNode object, String path, String field) throws FieldException {
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

    /** One line of text of at most {@code maxLength} characters, as {@link InputText} allows it. */
    public static String text(JsonNode object, String path, String field, int maxLength) throws FieldException {
        return text(object, path, field, maxLength, Lines.ONE);
    }

    /** Text that may have several lines (an opinion, a reason), of at most {@code maxLength} characters. */
    public static String paragraph(JsonNode object, String path, String field, int maxLength) throws FieldException {
        return text(object, path, field, maxLength, Lines.MANY);
    }

    private static String text(JsonNode object, String path, String field, int maxLength, Lines lines)
            throws FieldException {
        String text = rawText(object, path, field);
        if (text.length() > maxLength) {
            throw new FieldException(join(path, field), AppText.of("json.textTooLong", String.valueOf(text.length()), String.valueOf(maxLength)));
        }
        Optional<LocalizedText> fault = InputText.fault(text, maxLength, lines);
        if (fault.isPresent()) {
            throw new FieldException(join(path, field), fault.get());
        }
        return text;
    }

    /** An optional field: absent, or text of at most {@code maxLength} characters ({@code null} is not allowed). */
    public static Optional<String> optionalText(JsonNode object, String path, String field, int maxLength)
            throws FieldException {
        return object.has(field) ? Optional.of(text(object, path, field, maxLength)) : Optional.empty();
    }

    /**
     * A decimal written as text, as ParkReview writes scores and amounts so that no reader takes it
     * for a binary fraction: {@code "4.5"}, {@code "12"}, {@code "0.70"}.
     */
    public static BigDecimal decimalText(JsonNode object, String path, String field) throws FieldException {
        String text = text(object, path, field, 40);
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new FieldException(join(path, field), AppText.of("json.notDecimalText", text));
        }
        return new BigDecimal(text);
    }

    /** A decimal written as text, from 0 to {@code max} with at most {@code maxScale} decimals (what the store keeps). */
    public static BigDecimal decimalText(JsonNode object, String path, String field, BigDecimal max, int maxScale)
            throws FieldException {
        return within(decimalText(object, path, field), join(path, field), max, maxScale);
    }

    /** Refuses a decimal above {@code max} or with more than {@code maxScale} decimals (the sign is the caller's rule). */
    public static BigDecimal within(BigDecimal value, String path, BigDecimal max, int maxScale) throws FieldException {
        if (value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > maxScale) {
            throw new FieldException(path, AppText.of("json.decimalRange", value.toPlainString(), max.toPlainString(),
                    String.valueOf(maxScale)));
        }
        return value;
    }

    /**
     * Refuses a document that is another of ParkReview's files (a score file renamed .prkit, a kit
     * chosen where score files are imported), saying which it is; before its fields are checked,
     * which would only say that they are not a kit's.
     */
    public static void refuseOtherFile(JsonNode object, String path, String format, LocalizedText kind)
            throws FieldException {
        JsonNode found = object.get("format");
        String other = found != null && found.isTextual() && !found.asText().equals(format)
                ? OTHER_FILES.get(found.asText()) : null;
        if (other != null) {
            throw new FieldException(join(path, "format"), AppText.of("exchange.otherFile", AppText.of(other), kind));
        }
    }

    /**
     * The document's {@code format} and {@code version} at {@code path}: those this program writes,
     * or the refusal names what was found and what {@code kind} of file has.
     */
    public static void header(JsonNode object, String path, String format, int version, LocalizedText kind)
            throws FieldException {
        if (!text(object, path, "format", 100).equals(format)) {
            throw new FieldException(join(path, "format"), AppText.of("exchange.format", object.get("format"), kind,
                    format));
        }
        if (integer(object, path, "version", 1, 1000) != version) {
            throw new FieldException(join(path, "version"), AppText.of("json.version", object.get("version"), version));
        }
    }

    /** A whole number from {@code min} to {@code max}, written as a number. */
    public static int integer(JsonNode object, String path, String field, int min, int max) throws FieldException {
        JsonNode node = present(object, path, field);
        if (!node.isIntegralNumber()) {
            throw new FieldException(join(path, field), AppText.of("json.notInteger", node.toString(), String.valueOf(min), String.valueOf(max)));
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw new FieldException(join(path, field), AppText.of("json.integerRange", node.toString(), String.valueOf(min), String.valueOf(max)));
        }
        return node.intValue();
    }

    public static boolean bool(JsonNode object, String path, String field) throws FieldException {
        JsonNode node = present(object, path, field);
        if (!node.isBoolean()) {
            throw new FieldException(join(path, field), AppText.of("json.notBoolean", node.toString()));
        }
        return node.booleanValue();
    }

    /** A point in time in ISO-8601 UTC, as ParkReview writes it: {@code "2026-11-20T01:30:00Z"}. */
    public static Instant instant(JsonNode object, String path, String field) throws FieldException {
        String text = text(object, path, field, 40);
        try {
            if (!text.endsWith("Z")) {
                throw new DateTimeParseException("not UTC", text, 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldException(join(path, field), AppText.of("json.notInstant", text));
        }
    }

    public static UUID uuid(JsonNode object, String path, String field) throws FieldException {
        String text = text(object, path, field, 36);
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new FieldException(join(path, field), AppText.of("json.notUuid", text));
        }
        return UUID.fromString(text);
    }

    /** The field's value, which must be there and not {@code null}. */
    public static JsonNode present(JsonNode object, String path, String field) throws FieldException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new FieldException(join(path, field), AppText.of("json.missing"));
        }
        return node;
    }

    /** Reads one item of a list, found at {@code path}. */
    @FunctionalInterface
    public interface ItemReader<T> {
        T read(JsonNode item, String path) throws FieldException;
    }

    /** The items of a list field, each read at its own path ({@code sheets[2]}). */
    public static <T> List<T> list(JsonNode object, String path, String field, ItemReader<T> reader)
            throws FieldException {
        List<JsonNode> nodes = array(object, path, field);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(reader.read(nodes.get(i), index(path, field, i)));
        }
        return items;
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

    /** Builds a value whose constructor checks the domain's rules; a refusal is reported at {@code path}. */
    public static <T> T build(String path, Supplier<T> constructor) throws FieldException {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            throw new FieldException(path.isEmpty() ? "(document)" : path, e.text());
        }
    }

    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public static String index(String path, String field, int i) {
        return join(path, field) + "[" + i + "]";
    }
}
