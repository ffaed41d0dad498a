package com.parkreview.app.exchange.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.app.exchange.json.JsonFields;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.SessionDetails;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * A kit's {@code session}: name, year, date, venue, the secretary when named (the author of the
 * sheets printed on the laptop) and the length of a defense; never the budget.
 */
final class KitSession {

    private KitSession() {
    }

    static ObjectNode toNode(SessionDetails details) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        node.put("name", details.name());
        node.put("year", details.year());
        details.date().ifPresent(d -> node.put("date", d.toString()));
        node.put("venue", details.venue());
        details.secretaryName().ifPresent(name -> node.put("secretary", name));
        node.put("presentationMinutes", details.timing().presentationMinutes());
        node.put("qaMinutes", details.timing().qaMinutes());
        return node;
    }

    static SessionDetails fromNode(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("name", "year", "date", "venue", "secretary", "presentationMinutes",
                "qaMinutes"));
        String name = JsonFields.text(node, path, "name", 200);
        int year = JsonFields.integer(node, path, "year", 2000, 2100);
        Optional<LocalDate> date = date(node, path);
        String venue = JsonFields.text(node, path, "venue", 200);
        String secretary = JsonFields.optionalText(node, path, "secretary", SessionDetails.SECRETARY_LIMIT).orElse("");
        int presentation = JsonFields.integer(node, path, "presentationMinutes", 1, 600);
        int qa = JsonFields.integer(node, path, "qaMinutes", 1, 600);
        return JsonFields.build(path, () -> new SessionDetails(name, year, date, venue, Optional.empty(),
                new DefenseTiming(presentation, qa), secretary));
    }

    private static Optional<LocalDate> date(JsonNode node, String path) throws JsonFields.FieldException {
        Optional<String> text = JsonFields.optionalText(node, path, "date", 10);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new JsonFields.FieldException(JsonFields.join(path, "date"), AppText.of("json.notDate", text.get()));
        }
    }
}
