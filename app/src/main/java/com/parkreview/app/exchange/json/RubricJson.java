package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rubric definition file (版本 1):
 * <pre>
 * {"format": "parkreview-rubric", "version": 1, "name": "…",
 *  "dimensions": [{"code": "1", "name": "…", "max": 15,
 *                  "indicators": [{"code": "1.1", "name": "…", "guidance": "…", "max": 5}, …]}, …]}
 * </pre>
 * Reading checks the form strictly and the rubric's rules (unique codes, positive maxima,
 * dimension maxima equal to their indicators' sum); a refusal names the field by its path.
 */
public final class RubricJson {

    public static final String FORMAT = "parkreview-rubric";
    public static final int VERSION = 1;

    private RubricJson() {
    }

    public static Rubric read(Path file) throws InputRejectedException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > StrictJson.MAX_DOCUMENT_BYTES) {
                throw refused(name, AppText.of("json.tooLarge", StrictJson.MAX_DOCUMENT_BYTES / (1024 * 1024)));
            }
            return fromTree(StrictJson.mapper().readTree(file.toFile()), name);
        } catch (NoSuchFileException e) {
            throw refused(name, AppText.of("csv.missing", file));
        } catch (JacksonException e) {
            throw refused(name, AppText.of("json.malformed", e.getOriginalMessage(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw refused(name, AppText.of("csv.unreadable", e.getMessage()));
        }
    }

    static Rubric fromTree(JsonNode root, String fileName) throws InputRejectedException {
        try {
            JsonFields.onlyFields(root, "", Set.of("format", "version", "name", "dimensions"));
            if (!FORMAT.equals(JsonFields.text(root, "", "format"))) {
                throw new JsonFields.FieldException("format", AppText.of("json.format", root.get("format"), FORMAT));
            }
            if (JsonFields.decimal(root, "", "version").intValue() != VERSION
                    || !root.get("version").isIntegralNumber()) {
                throw new JsonFields.FieldException("version", AppText.of("json.version", root.get("version"), VERSION));
            }
            String rubricName = JsonFields.text(root, "", "name");
            List<Dimension> dimensions = new ArrayList<>();
            List<JsonNode> dimensionNodes = JsonFields.array(root, "", "dimensions");
            for (int d = 0; d < dimensionNodes.size(); d++) {
                dimensions.add(dimension(dimensionNodes.get(d), JsonFields.index("", "dimensions", d)));
            }
            return build("dimensions", () -> new Rubric(rubricName, dimensions));
        } catch (JsonFields.FieldException e) {
            throw refused(fileName, AppText.of("json.field", e.path(), e.text()));
        }
    }

    private static Dimension dimension(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "name", "max", "indicators"));
        String code = JsonFields.text(node, path, "code");
        String name = JsonFields.text(node, path, "name");
        java.math.BigDecimal max = JsonFields.decimal(node, path, "max");
        List<Indicator> indicators = new ArrayList<>();
        List<JsonNode> indicatorNodes = JsonFields.array(node, path, "indicators");
        for (int i = 0; i < indicatorNodes.size(); i++) {
            indicators.add(indicator(indicatorNodes.get(i), JsonFields.index(path, "indicators", i)));
        }
        return build(path, () -> new Dimension(code, name, max, indicators));
    }

    private static Indicator indicator(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "name", "guidance", "max"));
        String code = JsonFields.text(node, path, "code");
        String name = JsonFields.text(node, path, "name");
        String guidance = JsonFields.optionalText(node, path, "guidance");
        java.math.BigDecimal max = JsonFields.decimal(node, path, "max");
        return build(path, () -> new Indicator(code, name, guidance, max));
    }

    /** The model's own rules, refused at the path of the object being built. */
    private static <T> T build(String path, java.util.function.Supplier<T> constructor) throws JsonFields.FieldException {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            throw new JsonFields.FieldException(path, e.text());
        }
    }

    public static String write(Rubric rubric) throws IOException {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", rubric.name());
        ArrayNode dimensions = root.putArray("dimensions");
        for (Dimension dimension : rubric.dimensions()) {
            ObjectNode d = dimensions.addObject();
            d.put("code", dimension.code());
            d.put("name", dimension.name());
            d.put("max", dimension.max());
            ArrayNode indicators = d.putArray("indicators");
            for (Indicator indicator : dimension.indicators()) {
                ObjectNode i = indicators.addObject();
                i.put("code", indicator.code());
                i.put("name", indicator.name());
                i.put("guidance", indicator.guidance());
                i.put("max", indicator.max());
            }
        }
        return StrictJson.mapper().writeValueAsString(root) + "\n";
    }

    private static InputRejectedException refused(String file, com.parkreview.scoring.LocalizedText text) {
        return new InputRejectedException(List.of(InputProblem.inFile(file, text)));
    }
}
