package com.parkreview.app.exchange.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.app.exchange.json.JsonFields;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** A kit's {@code applicants} and {@code panel}. */
final class KitPeople {

    private KitPeople() {
    }

    static ObjectNode toNode(NewApplicant applicant) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        node.put("code", applicant.code());
        node.put("name", applicant.name());
        node.put("uscc", applicant.uscc().value());
        node.put("defenseOrder", applicant.defenseOrder());
        applicant.slotStart().ifPresent(t -> node.put("slot", t.toString()));
        return node;
    }

    static ObjectNode toNode(NewExpert expert) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        node.put("code", expert.code());
        node.put("name", expert.name());
        node.put("organisation", expert.organisation());
        node.put("role", expert.role().name());
        node.put("groupLeader", expert.groupLeader());
        return node;
    }

    static NewApplicant applicant(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "name", "uscc", "defenseOrder", "slot"));
        String code = JsonFields.text(node, path, "code", 20);
        String name = JsonFields.text(node, path, "name", 200);
        String uscc = JsonFields.text(node, path, "uscc", 18);
        int order = JsonFields.integer(node, path, "defenseOrder", 1, 100_000);
        Optional<LocalTime> slot = slot(node, path);
        UnifiedSocialCreditCode credit = JsonFields.build(JsonFields.join(path, "uscc"),
                () -> new UnifiedSocialCreditCode(uscc));
        return JsonFields.build(path, () -> new NewApplicant(code, name, credit, Contact.NONE, Optional.empty(),
                Money.ZERO, order, slot));
    }

    static NewExpert expert(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "name", "organisation", "role", "groupLeader"));
        String code = JsonFields.text(node, path, "code", 20);
        String name = JsonFields.text(node, path, "name", 50);
        String organisation = JsonFields.text(node, path, "organisation", 200);
        ExpertRole role = role(node, path);
        boolean leader = JsonFields.bool(node, path, "groupLeader");
        return JsonFields.build(path, () -> new NewExpert(code, name, organisation, role, leader));
    }

    private static ExpertRole role(JsonNode node, String path) throws JsonFields.FieldException {
        String text = JsonFields.text(node, path, "role", 10);
        try {
            return ExpertRole.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new JsonFields.FieldException(JsonFields.join(path, "role"), AppText.of("json.role", text));
        }
    }

    private static Optional<LocalTime> slot(JsonNode node, String path) throws JsonFields.FieldException {
        Optional<String> text = JsonFields.optionalText(node, path, "slot", 8);
        try {
            return text.map(LocalTime::parse);
        } catch (DateTimeParseException e) {
            throw new JsonFields.FieldException(JsonFields.join(path, "slot"), AppText.of("json.notTime", text.get()));
        }
    }
}
