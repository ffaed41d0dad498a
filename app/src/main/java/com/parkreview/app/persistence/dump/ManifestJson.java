package com.parkreview.app.persistence.dump;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.AppText;
import com.parkreview.scoring.text.InputText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code manifest.json}, written and read strictly: every field present, of its kind, and no other. */
final class ManifestJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxNumberLength(19)
                            .maxStringLength(1000).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .build();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,3}");

    private ManifestJson() {
    }

    static byte[] write(BackupManifest manifest) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", BackupManifest.FORMAT);
        root.put("version", manifest.formatVersion());
        root.put("schemaVersion", manifest.schemaVersion());
        root.put("createdAt", manifest.createdAt().toString());
        root.put("database", manifest.database());
        if (manifest.historyHead().isPresent()) {
            ObjectNode head = root.putObject("historyHead");
            head.put("seq", manifest.historyHead().get().seq());
            head.put("hash", manifest.historyHead().get().hash());
        } else {
            root.putNull("historyHead");
        }
        ArrayNode tables = root.putArray("tables");
        for (BackupManifest.Part part : manifest.tables()) {
            ObjectNode node = tables.addObject();
            node.put("name", part.table());
            node.put("rows", part.rows());
            node.put("sha256", part.sha256());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("a manifest ParkReview makes is always JSON", e);
        }
    }

    static BackupManifest read(byte[] bytes) throws BackupRefusedException {
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw refused("", "backup.manifest.notJson");
        }
        if (root == null || !root.isObject()) {
            throw new BackupRefusedException(AppText.of("backup.manifest.notObject"));
        }
        only(root, "", Set.of("format", "version", "schemaVersion", "createdAt", "database", "historyHead", "tables"));
        if (!BackupManifest.FORMAT.equals(text(root, "format", 100))) {
            throw new BackupRefusedException(AppText.of("backup.notParkReview"));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != BackupManifest.VERSION) {
            throw new BackupRefusedException(AppText.of("backup.newerFormat", String.valueOf(version)));
        }
        String schema = text(root, "schemaVersion", 4);
        if (!VERSION.matcher(schema).matches()) {
            throw refused("schemaVersion", "backup.manifest.field");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt", 40));
        } catch (DateTimeParseException e) {
            throw refused("createdAt", "backup.manifest.field");
        }
        String database = text(root, "database", 255);
        if (InputText.fault(database, 255, InputText.Lines.ONE).isPresent()) {
            throw refused("database", "backup.manifest.field");
        }
        return new BackupManifest(version.intValue(), schema, createdAt, database, head(root.get("historyHead")),
                parts(root.get("tables")));
    }

    private static Optional<BackupManifest.Head> head(JsonNode node) throws BackupRefusedException {
        if (node == null) {
            throw refused("historyHead", "backup.manifest.field");
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        only(node, "historyHead", Set.of("seq", "hash"));
        JsonNode seq = node.get("seq");
        String hash = text(node, "hash", 64);
        if (seq == null || !seq.canConvertToLong() || !seq.isIntegralNumber() || seq.longValue() < 1
                || !SHA256.matcher(hash).matches()) {
            throw refused("historyHead", "backup.manifest.field");
        }
        return Optional.of(new BackupManifest.Head(seq.longValue(), hash));
    }

    private static List<BackupManifest.Part> parts(JsonNode tables) throws BackupRefusedException {
        if (tables == null || !tables.isArray()) {
            throw refused("tables", "backup.manifest.field");
        }
        List<BackupManifest.Part> parts = new ArrayList<>();
        for (JsonNode node : tables) {
            only(node, "tables", Set.of("name", "rows", "sha256"));
            String name = text(node, "name", 40);
            JsonNode rows = node.get("rows");
            String sha = text(node, "sha256", 64);
            if (TableCatalog.find(name).isEmpty()) {
                throw new BackupRefusedException(AppText.of("backup.unknownTable", Shown.value(name)));
            }
            if (rows == null || !rows.isIntegralNumber() || !rows.canConvertToLong() || rows.longValue() < 0
                    || !SHA256.matcher(sha).matches()) {
                throw refused("tables." + name, "backup.manifest.field");
            }
            if (parts.stream().anyMatch(p -> p.table().equals(name))) {
                throw refused("tables." + name, "backup.manifest.field");
            }
            parts.add(new BackupManifest.Part(name, rows.longValue(), sha));
        }
        return parts;
    }

    private static void only(JsonNode node, String path, Set<String> allowed) throws BackupRefusedException {
        if (node == null || !node.isObject()) {
            throw refused(path, "backup.manifest.field");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw refused(path.isEmpty() ? Shown.value(name) : path + "." + Shown.value(name), "backup.manifest.field");
            }
        }
    }

    private static String text(JsonNode node, String field, int max) throws BackupRefusedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().length() > max) {
            throw refused(field, "backup.manifest.field");
        }
        return value.textValue();
    }

    private static BackupRefusedException refused(String field, String key) {
        return new BackupRefusedException(AppText.of(key, field));
    }
}
