package com.parkreview.app.exchange.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.exchange.json.JsonFields;
import com.parkreview.app.review.DeclaredRecusal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Declared recusals as kits and score files both carry them:
 * {@code [{"applicant": "A02", "reason": "…", "declaredAt": "2026-11-20T01:30:00Z"}]}.
 */
public final class RecusalJson {

    private RecusalJson() {
    }

    public static void write(List<DeclaredRecusal> recusals, ArrayNode into) {
        for (DeclaredRecusal recusal : recusals) {
            ObjectNode node = into.addObject();
            node.put("applicant", recusal.applicantCode());
            node.put("reason", recusal.reason());
            node.put("declaredAt", recusal.declaredAt().toString());
        }
    }

    /** The recusals at {@code field} of the document's root. */
    public static List<DeclaredRecusal> read(JsonNode root, String field) throws JsonFields.FieldException {
        return JsonFields.list(root, "", field, RecusalJson::recusal);
    }

    private static DeclaredRecusal recusal(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("applicant", "reason", "declaredAt"));
        String applicant = JsonFields.text(node, path, "applicant", 20);
        String reason = JsonFields.paragraph(node, path, "reason", 1000);
        Instant at = JsonFields.instant(node, path, "declaredAt");
        return JsonFields.build(path, () -> new DeclaredRecusal(applicant, reason, at));
    }
}
