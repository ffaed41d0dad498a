package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
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
    /** A maximum as the store keeps it: up to 1000 points, two decimals. */
    private static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    private RubricJson() {
    }

    public static Rubric read(Path file) throws InputRejectedException {
        return fromTree(JsonDocuments.read(file, AppText.of("json.kindRubric")), file.getFileName().toString());
    }

    static Rubric fromTree(JsonNode root, String fileName) throws InputRejectedException {
        try {
            return fromNode(root, "");
        } catch (JsonFields.FieldException e) {
            throw JsonDocuments.refused(fileName, AppText.of("json.field", e.path(), e.text()));
        }
    }

    /** A rubric definition at {@code path} of a larger document (a kit holds one); refusals name the field. */
    public static Rubric fromNode(JsonNode root, String path) throws JsonFields.FieldException {
        JsonFields.refuseOtherFile(root, path, FORMAT, AppText.of("json.kindRubric"));
        JsonFields.onlyFields(root, path, Set.of("format", "version", "name", "dimensions"));
        JsonFields.header(root, path, FORMAT, VERSION, AppText.of("json.kindRubric"));
        String rubricName = JsonFields.text(root, path, "name", 200);
        List<Dimension> dimensions = JsonFields.list(root, path, "dimensions", RubricJson::dimension);
        return JsonFields.build(JsonFields.join(path, "dimensions"), () -> new Rubric(rubricName, dimensions));
    }

    private static Dimension dimension(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "name", "max", "indicators"));
        String code = JsonFields.text(node, path, "code");
        String name = JsonFields.text(node, path, "name", 200);
        BigDecimal max = JsonFields.within(JsonFields.decimal(node, path, "max"),
                JsonFields.join(path, "max"), MAX_POINTS, 2);
        List<Indicator> indicators = JsonFields.list(node, path, "indicators", RubricJson::indicator);
        return JsonFields.build(path, () -> new Dimension(code, name, max, indicators));
    }

    private static Indicator indicator(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "name", "guidance", "max"));
        String code = JsonFields.text(node, path, "code");
        String name = JsonFields.text(node, path, "name", 500);
        String guidance = node.has("guidance") ? JsonFields.paragraph(node, path, "guidance", 1000) : "";
        BigDecimal max = JsonFields.within(JsonFields.decimal(node, path, "max"),
                JsonFields.join(path, "max"), MAX_POINTS, 2);
        return JsonFields.build(path, () -> new Indicator(code, name, guidance, max));
    }

    public static String write(Rubric rubric) throws IOException {
        return StrictJson.mapper().writeValueAsString(toNode(rubric)) + "\n";
    }

    /** The rubric as a JSON object of this format, to write alone or inside a larger document. */
    public static ObjectNode toNode(Rubric rubric) {
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
        return root;
    }
}
