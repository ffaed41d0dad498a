package com.parkreview.app.exchange.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.CanonicalJson;
import com.parkreview.app.exchange.json.HistoryHeadJson;
import com.parkreview.app.exchange.json.JsonDocuments;
import com.parkreview.app.exchange.json.JsonFields;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.app.exchange.kit.RecusalJson;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.review.DeclaredRecusal;
import com.parkreview.app.review.ExpertKey;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ReturnedSheet;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An expert's score file ({@code .prscore}): the returned sheets and recusals, the kit id, the
 * expert's public key, and an Ed25519 signature over the canonical form of everything else
 * (see {@link CanonicalJson} and {@code app/docs/exchange-format.md}). Reading checks every field
 * (a refusal names it by its path), then the signature: a file that was changed after signing
 * is refused as a whole.
 */
public final class ScoreFile {

    public static final String FORMAT = "parkreview-score";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".prscore";

    private static final Set<String> FIELDS = Set.of("format", "version", "kitId", "session", "expert", "exportedAt",
            "publicKey", "sheets", "recusals", "kitHistoryHead", "historyHead", "kitSha256", "signature");

    private ScoreFile() {
    }

    /** The file's text, signed with the expert's private key (PKCS#8, Base64). */
    public static String write(ReturnedScores scores, String privateKey) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kitId", scores.kitId().toString());
        ObjectNode session = root.putObject("session");
        session.put("name", scores.sessionName());
        session.put("year", scores.sessionYear());
        ObjectNode expert = root.putObject("expert");
        expert.put("code", scores.expertCode());
        expert.put("name", scores.expertName());
        root.put("exportedAt", scores.exportedAt().toString());
        root.put("publicKey", scores.key().encoded());
        ArrayNode sheets = root.putArray("sheets");
        for (ReturnedSheet sheet : scores.sheets()) {
            ObjectNode node = sheets.addObject();
            node.put("applicant", sheet.applicantCode());
            node.put("signedAt", sheet.signedAt().toString());
            node.put("opinion", sheet.opinion());
            ArrayNode lines = node.putArray("scores");
            for (IndicatorEntry entry : sheet.entries()) {
                ObjectNode line = lines.addObject();
                line.put("indicator", entry.code());
                line.put("score", entry.score().orElseThrow().toPlainString());
                line.put("comment", entry.comment());
            }
        }
        RecusalJson.write(scores.recusals(), root.putArray("recusals"));
        HistoryHeadJson.write(root, "kitHistoryHead", scores.kitHistoryHead());
        HistoryHeadJson.write(root, "historyHead", scores.historyHead());
        scores.kitSha256().ifPresent(sha -> root.put("kitSha256", sha));
        try {
            root.put("signature", Ed25519.sign(privateKey, CanonicalJson.bytes(root)));
            return StrictJson.mapper().writeValueAsString(root) + "\n";
        } catch (JsonFields.FieldException e) {
            throw new ValidationException(AppText.of("json.field", e.path(), e.text()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file and checks its signature; refused as a whole with what is wrong. */
    public static ReturnedScores read(String name, byte[] content) throws InputRejectedException {
        JsonNode root = JsonDocuments.parse(name, content, kind());
        try {
            ReturnedScores scores = fields(root);
            String signature = JsonFields.text(root, "", "signature", 200);
            ObjectNode signed = ((ObjectNode) root).deepCopy();
            signed.remove("signature");
            if (!Ed25519.verifies(scores.key(), CanonicalJson.bytes(signed), signature)) {
                // said whole, not as a field's problem: "signature：" was English inside a Chinese sentence (round 8)
                throw JsonDocuments.refused(name, AppText.of("score.badSignature", scores.expertCode()));
            }
            return scores;
        } catch (JsonFields.FieldException e) {
            throw JsonDocuments.refused(name, AppText.of("json.field", e.path(), e.text()));
        }
    }

    private static ReturnedScores fields(JsonNode root) throws JsonFields.FieldException {
        JsonFields.refuseOtherFile(root, "", FORMAT, kind());
        JsonFields.onlyFields(root, "", FIELDS);
        JsonFields.header(root, "", FORMAT, VERSION, kind());
        UUID kitId = JsonFields.uuid(root, "", "kitId");
        JsonNode session = JsonFields.present(root, "", "session");
        JsonFields.onlyFields(session, "session", Set.of("name", "year"));
        String sessionName = JsonFields.text(session, "session", "name", 200);
        int year = JsonFields.integer(session, "session", "year", 2000, 2100);
        JsonNode expert = JsonFields.present(root, "", "expert");
        JsonFields.onlyFields(expert, "expert", Set.of("code", "name"));
        String code = JsonFields.text(expert, "expert", "code", 20);
        String expertName = JsonFields.text(expert, "expert", "name", 50);
        Instant exportedAt = JsonFields.instant(root, "", "exportedAt");
        String encodedKey = JsonFields.text(root, "", "publicKey", 100);
        ExpertKey key = JsonFields.build("publicKey", () -> new ExpertKey(encodedKey));
        List<ReturnedSheet> sheets = JsonFields.list(root, "", "sheets", ScoreFile::sheet);
        List<DeclaredRecusal> recusals = RecusalJson.read(root, "recusals");
        Optional<HistoryHead> kitHead = HistoryHeadJson.read(root, "", "kitHistoryHead");
        Optional<HistoryHead> head = HistoryHeadJson.read(root, "", "historyHead");
        Optional<String> kitSha = JsonFields.optionalText(root, "", "kitSha256", 64);
        if (kitSha.filter(sha -> !sha.matches("[0-9a-f]{64}")).isPresent()) {
            throw new JsonFields.FieldException("kitSha256", AppText.of("score.kitShaForm"));
        }
        return JsonFields.build("", () -> new ReturnedScores(kitId, sessionName, year, code, expertName, key, exportedAt,
                sheets, recusals, kitHead, head, kitSha));
    }

    private static ReturnedSheet sheet(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("applicant", "signedAt", "opinion", "scores"));
        String applicant = JsonFields.text(node, path, "applicant", 20);
        Instant signedAt = JsonFields.instant(node, path, "signedAt");
        String opinion = JsonFields.paragraph(node, path, "opinion", 10_000);
        List<IndicatorEntry> entries = JsonFields.list(node, path, "scores", ScoreFile::line);
        return JsonFields.build(path, () -> new ReturnedSheet(applicant, entries, opinion, signedAt));
    }

    private static IndicatorEntry line(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("indicator", "score", "comment"));
        String indicator = JsonFields.text(node, path, "indicator", 5);
        BigDecimal score = JsonFields.decimalText(node, path, "score");
        String comment = JsonFields.paragraph(node, path, "comment", 2000);
        return new IndicatorEntry(indicator, Optional.of(score), comment);
    }

    private static LocalizedText kind() {
        return AppText.of("json.kindScore");
    }
}
