package com.parkreview.app.persistence.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup: a zip with one JSON Lines part per table ({@code tables/<name>.jsonl}, a row per
 * line as {@link RowJson} writes it, in key order) and {@code manifest.json} naming each part's
 * rows and SHA-256, encrypted as a whole when a password is given ({@link BackupCipher}). Data
 * only: nothing in it is ever run.
 */
public final class BackupWriter {

    private BackupWriter() {
    }

    /**
     * The backup of the database on {@code connection} (read in one transaction by the caller, who
     * also keeps writers out), written to {@code out}.
     */
    public static void write(Connection connection, String schemaVersion, Instant createdAt, String database,
            Optional<BackupManifest.Head> head, Optional<char[]> password, OutputStream out)
            throws SQLException, IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        List<BackupManifest.Part> parts = new ArrayList<>();
        TableShapes shapes = new TableShapes();
        try (ZipOutputStream zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            Set<String> present = TableRows.present(connection);
            for (TableCatalog.Table table : TableCatalog.tables()) {
                if (!present.contains(table.name())) {
                    continue; // an older schema, backed up before it is migrated
                }
                List<Row> rows = TableRows.all(connection, table, shapes.columns(connection, table));
                StringBuilder lines = new StringBuilder();
                rows.forEach(row -> lines.append(RowJson.write(row.values())).append('\n'));
                byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
                BackupManifest.Part part = new BackupManifest.Part(table.name(), rows.size(), sha256(bytes));
                parts.add(part);
                entry(zip, part.entry(), bytes);
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.VERSION, schemaVersion, createdAt, database,
                    head, parts);
            entry(zip, BackupManifest.ENTRY, ManifestJson.write(manifest));
        }
        byte[] file = password.isPresent() ? BackupCipher.encrypt(zipped.toByteArray(), password.get())
                : zipped.toByteArray();
        out.write(file);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same data gives the same file
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
