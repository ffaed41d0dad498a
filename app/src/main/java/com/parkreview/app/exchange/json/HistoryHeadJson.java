package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.app.review.HistoryHead;
import java.util.Optional;
import java.util.Set;

/**
 * A history head in a kit or score file: {@code {"seq": 1412, "hash": "<64 hex>"}}, written only
 * when there is one, and read as absent from files of earlier versions that have none.
 */
public final class HistoryHeadJson {

    private HistoryHeadJson() {
    }

    public static void write(ObjectNode parent, String field, Optional<HistoryHead> head) {
        head.ifPresent(h -> {
            ObjectNode node = parent.putObject(field);
            node.put("seq", h.seq());
            node.put("hash", h.hash());
        });
    }

    public static Optional<HistoryHead> read(JsonNode parent, String path, String field)
            throws JsonFields.FieldException {
        if (!parent.has(field)) {
            return Optional.empty();
        }
        String here = JsonFields.join(path, field);
        JsonNode node = JsonFields.present(parent, path, field);
        JsonFields.onlyFields(node, here, Set.of("seq", "hash"));
        JsonNode seq = node.get("seq");
        if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.longValue() < 1) {
            throw new JsonFields.FieldException(JsonFields.join(here, "seq"), AppText.of("json.historySeq"));
        }
        String hash = JsonFields.text(node, here, "hash", 64);
        if (!HistoryHead.validHash(hash)) {
            throw new JsonFields.FieldException(JsonFields.join(here, "hash"), AppText.of("json.historyHash"));
        }
        return Optional.of(new HistoryHead(seq.longValue(), hash));
    }
}
