package com.parkreview.app.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A backup's entries, changed the way an attacker with a zip tool and a text editor would. */
public final class BackupZip {

    private final Map<String, String> entries = new LinkedHashMap<>();

    private BackupZip() {
    }

    public static BackupZip read(Path file) throws IOException {
        BackupZip zip = new BackupZip();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    public BackupZip replaceIn(String entry, String text, String replacement) {
        String content = entries.get(entry);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(entry + " does not contain " + text + ": " + content.substring(0,
                    Math.min(400, content.length())));
        }
        entries.put(entry, content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)));
        return this;
    }

    public BackupZip put(String entry, String content) {
        entries.put(entry, content);
        return this;
    }

    public BackupZip remove(String entry) {
        entries.remove(entry);
        return this;
    }

    public BackupZip dropLine(String entry, int index) {
        List<String> lines = lines(entry);
        lines.remove(index);
        entries.put(entry, String.join("", lines.stream().map(l -> l + "\n").toList()));
        return this;
    }

    public BackupZip dropLastLine(String entry) {
        return dropLine(entry, lines(entry).size() - 1);
    }

    public BackupZip duplicateLine(String entry, int index) {
        List<String> lines = lines(entry);
        lines.add(index, lines.get(index));
        entries.put(entry, String.join("", lines.stream().map(l -> l + "\n").toList()));
        return this;
    }

    /** Every table empty. */
    public BackupZip emptyAll() {
        entries.keySet().stream().filter(e -> e.startsWith("tables/")).toList().forEach(e -> entries.put(e, ""));
        entries.put("manifest.json", entries.get("manifest.json").replaceAll("\"historyHead\" : \\{[^}]*\\}",
                "\"historyHead\" : null"));
        return this;
    }

    /** The manifest's row counts and hashes made to match the parts, as a careful attacker would. */
    public BackupZip rehash() {
        String manifest = entries.get("manifest.json");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!entry.getKey().startsWith("tables/") || !entry.getKey().endsWith(".jsonl")) {
                continue;
            }
            String table = entry.getKey().substring(7, entry.getKey().length() - 6);
            long rows = entry.getValue().isEmpty() ? 0 : entry.getValue().split("\n").length;
            manifest = manifest.replaceAll("(\"name\" : \"" + Pattern.quote(table) + "\",\\s*\"rows\" : )\\d+(,\\s*"
                    + "\"sha256\" : \")[0-9a-f]{64}", "$1" + rows + "$2" + sha256(entry.getValue()));
        }
        entries.put("manifest.json", manifest);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> lines(String entry) {
        String content = entries.get(entry);
        return new ArrayList<>(Arrays.asList(content.isEmpty() ? new String[0] : content.split("\n")));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
