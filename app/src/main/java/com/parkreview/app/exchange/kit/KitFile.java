package com.parkreview.app.exchange.kit;

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
import com.parkreview.app.review.DeclaredRecusal;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An expert kit file ({@code .prkit}): {@code {"format": "parkreview-kit", "version": 1, …}},
 * UTF-8 JSON, decimals as strings. The layout is in {@code app/docs/exchange-format.md}. Reading
 * is strict: every field known, of its kind, within its length; a refusal names the field by its
 * path ({@code applicants[2].uscc}).
 */
public final class KitFile {

    public static final String FORMAT = "parkreview-kit";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".prkit";

    private KitFile() {
    }

    public static String write(ExpertKit kit) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kitId", kit.kitId().toString());
        root.put("issuedAt", kit.issuedAt().toString());
        root.put("expert", kit.expertCode());
        root.set("session", KitSession.toNode(kit.session()));
        root.set("programme", KitProgramme.toNode(kit.programme()));
        ArrayNode applicants = root.putArray("applicants");
        kit.applicants().forEach(a -> applicants.add(KitPeople.toNode(a)));
        ArrayNode panel = root.putArray("panel");
        kit.panel().forEach(e -> panel.add(KitPeople.toNode(e)));
        RecusalJson.write(kit.recusals(), root.putArray("recusals"));
        HistoryHeadJson.write(root, "historyHead", kit.historyHead());
        try {
            return StrictJson.mapper().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SHA-256 of a kit's content as the secretary wrote it and the laptop read it (lower-case
     * hex), taken over its canonical JSON: a kit saved again with other line ends or spacing is the
     * same kit (a tester's round 9 had a kit saved with Windows line ends refused at import, the
     * expert's day lost), a changed value is not.
     */
    public static String sha256(byte[] content) throws InputRejectedException {
        JsonNode tree = JsonDocuments.parse("kit", content, kind());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.bytes(tree)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (JsonFields.FieldException e) {
            throw JsonDocuments.refused("kit", AppText.of("json.field", e.path(), e.text()));
        }
    }

    public static ExpertKit read(Path file) throws InputRejectedException {
        return fromTree(JsonDocuments.read(file, kind()), file.getFileName().toString());
    }

    public static ExpertKit read(String name, byte[] content) throws InputRejectedException {
        return fromTree(JsonDocuments.parse(name, content, kind()), name);
    }

    private static ExpertKit fromTree(JsonNode root, String name) throws InputRejectedException {
        try {
            JsonFields.refuseOtherFile(root, "", FORMAT, kind());
            JsonFields.onlyFields(root, "", Set.of("format", "version", "kitId", "issuedAt", "expert", "session",
                    "programme", "applicants", "panel", "recusals", "historyHead"));
            JsonFields.header(root, "", FORMAT, VERSION, kind());
            UUID kitId = JsonFields.uuid(root, "", "kitId");
            Instant issuedAt = JsonFields.instant(root, "", "issuedAt");
            String expert = JsonFields.text(root, "", "expert", 20);
            SessionDetails session = KitSession.fromNode(JsonFields.present(root, "", "session"), "session");
            ProgrammeSettings programme = KitProgramme.fromNode(JsonFields.present(root, "", "programme"), "programme");
            List<NewApplicant> applicants = JsonFields.list(root, "", "applicants", KitPeople::applicant);
            List<NewExpert> panel = JsonFields.list(root, "", "panel", KitPeople::expert);
            List<DeclaredRecusal> recusals = RecusalJson.read(root, "recusals");
            Optional<HistoryHead> head = HistoryHeadJson.read(root, "", "historyHead");
            return JsonFields.build("", () -> new ExpertKit(kitId, issuedAt, session, programme, applicants, panel,
                    expert, recusals, head));
        } catch (JsonFields.FieldException e) {
            throw JsonDocuments.refused(name, AppText.of("json.field", e.path(), e.text()));
        }
    }

    private static LocalizedText kind() {
        return AppText.of("json.kindKit");
    }
}
