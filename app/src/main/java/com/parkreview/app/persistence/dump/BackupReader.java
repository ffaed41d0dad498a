package com.parkreview.app.persistence.dump;

import com.parkreview.app.AppText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a backup file whole and checks it before anything is restored: within {@link
 * BackupLimits} (counted as it is inflated), only the entries a backup has, the manifest's SHA-256
 * and row count for every part, strict UTF-8, one flat JSON object per line. A legacy backup (an
 * SQL script from an earlier ParkReview) is recognised and handed back unread.
 */
public final class BackupReader {

    /** What the file turned out to be. */
    public sealed interface Result permits Current, Legacy {
    }

    /** A backup in ParkReview's own format, checked. */
    public record Current(BackupContent content) implements Result {
    }

    /** An SQL-script backup of an earlier ParkReview: the script, to be read by its own reader, never run. */
    public record Legacy(byte[] script) implements Result {
    }

    public static final String LEGACY_ENTRY = "script.sql";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    /** How H2 began an encrypted SQL script (the backups of encrypted databases before version 4). */
    private static final byte[] LEGACY_ENCRYPTED = "-- H2 0.5/B -- ".getBytes(StandardCharsets.US_ASCII);

    private BackupReader() {
    }

    public static Result read(byte[] file, Optional<char[]> password, BackupLimits limits)
            throws BackupRefusedException {
        if (file.length > limits.fileBytes()) {
            throw new BackupRefusedException(AppText.of("backup.tooLarge", limits.fileBytes() >> 20));
        }
        byte[] zip = file;
        if (BackupCipher.encrypted(file)) {
            if (password.isEmpty()) {
                throw new BackupRefusedException(AppText.of("backup.needsPassword"));
            }
            zip = BackupCipher.decrypt(file, password.get());
        }
        if (startsWith(zip, LEGACY_ENCRYPTED)) {
            throw new BackupRefusedException(AppText.of("backup.legacyFile", AppText.of("legacy.encrypted")));
        }
        if (!startsWith(zip, ZIP)) {
            throw new BackupRefusedException(AppText.of(file.length == 0 ? "backup.empty" : "backup.notParkReview"));
        }
        Map<String, byte[]> entries = entries(zip, limits);
        if (entries.size() == 1 && entries.containsKey(LEGACY_ENTRY)) {
            return new Legacy(entries.get(LEGACY_ENTRY));
        }
        byte[] manifestBytes = entries.remove(BackupManifest.ENTRY);
        if (manifestBytes == null) {
            throw new BackupRefusedException(AppText.of("backup.noManifest"));
        }
        BackupManifest manifest = ManifestJson.read(manifestBytes);
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        long rows = 0;
        for (BackupManifest.Part part : manifest.tables()) {
            byte[] bytes = entries.remove(part.entry());
            if (bytes == null) {
                throw new BackupRefusedException(AppText.of("backup.partMissing", part.entry()));
            }
            if (!BackupWriter.sha256(bytes).equals(part.sha256())) {
                throw new BackupRefusedException(AppText.of("backup.partChanged", part.entry()));
            }
            List<Row> parsed = rows(part, utf8(part.entry(), bytes), limits);
            rows += parsed.size();
            if (rows > limits.rows()) {
                throw new BackupRefusedException(AppText.of("backup.tooManyRows", limits.rows()));
            }
            tables.put(part.table(), parsed);
        }
        if (!entries.isEmpty()) {
            throw new BackupRefusedException(AppText.of("backup.unlisted", Shown.value(entries.keySet().iterator().next())));
        }
        return new Current(new BackupContent(manifest, tables));
    }

    /**
     * Whether the zip's end record is there (its last 22 bytes, or before a comment of at most
     * 64 KB): a zip cut short loses it, while its first parts may still read whole.
     */
    private static boolean endsAsAZip(byte[] zip) {
        int last = zip.length - END_RECORD_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 5 && zip[at + 3] == 6) {
                int comment = (zip[at + 20] & 0xFF) | (zip[at + 21] & 0xFF) << 8;
                if (at + END_RECORD_SIZE + comment == zip.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] head) {
        return bytes.length >= head.length && Arrays.equals(Arrays.copyOf(bytes, head.length), head);
    }

    private static Map<String, byte[]> entries(byte[] zip, BackupLimits limits) throws BackupRefusedException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long expanded = 0;
        if (!endsAsAZip(zip)) {
            throw new BackupRefusedException(AppText.of("backup.damaged")); // cut short: a copy or download that stopped
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            refuseIfTooLargeExpanded(zip, limits);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals("tables/") && entry.isDirectory()) {
                    continue; // a folder entry, as zip tools add when a backup is unpacked and packed again
                }
                if (entries.size() >= limits.entries()) {
                    throw new BackupRefusedException(AppText.of("backup.tooManyEntries", limits.entries()));
                }
                if (!expected(name)) {
                    throw new BackupRefusedException(AppText.of("backup.unlisted", Shown.value(name)));
                }
                if (entries.containsKey(name)) {
                    throw new BackupRefusedException(AppText.of("backup.twice", name));
                }
                byte[] bytes = bounded(in, name, limits.expandedBytes() - expanded, limits);
                expanded += bytes.length;
                entries.put(name, bytes);
            }
        } catch (ZipException | EOFException e) {
            throw new BackupRefusedException(AppText.of("backup.damaged"));
        } catch (IOException e) {
            throw new BackupRefusedException(AppText.of("backup.damaged"));
        } catch (IllegalArgumentException e) {
            throw new BackupRefusedException(AppText.of("backup.damaged")); // a name that is not UTF-8
        }
        if (entries.isEmpty()) {
            throw new BackupRefusedException(AppText.of("backup.noEntries"));
        }
        return entries;
    }

    /**
     * Counts what the zip unpacks to, keeping nothing, and refuses it past the limit: a bomb is
     * refused before anything of it is held in memory.
     */
    private static void refuseIfTooLargeExpanded(byte[] zip, BackupLimits limits) throws IOException,
            BackupRefusedException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            while (in.getNextEntry() != null) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > limits.expandedBytes()) {
                        throw new BackupRefusedException(AppText.of("backup.tooLargeExpanded",
                                limits.expandedBytes() >> 20));
                    }
                }
            }
        }
    }

    private static boolean expected(String name) {
        if (name.equals(BackupManifest.ENTRY) || name.equals(LEGACY_ENTRY)) {
            return true;
        }
        if (!name.startsWith("tables/") || !name.endsWith(".jsonl")) {
            return false;
        }
        String table = name.substring("tables/".length(), name.length() - ".jsonl".length());
        return TableCatalog.find(table).isPresent();
    }

    /**
     * The entry's bytes, refusing as soon as they pass what is left of the limit, or as soon as one
     * line is longer than a line can be (a character is at most four bytes): a bomb of one endless
     * line is refused while it is read, not once it has filled the memory.
     */
    private static byte[] bounded(InputStream in, String name, long left, BackupLimits limits) throws IOException,
            BackupRefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        long total = 0;
        long lineBytes = 0;
        int line = 1;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > left) {
                throw new BackupRefusedException(AppText.of("backup.tooLargeExpanded", limits.expandedBytes() >> 20));
            }
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    line++;
                    lineBytes = 0;
                } else if (++lineBytes > 4L * limits.lineChars()) {
                    throw new BackupRefusedException(AppText.of("backup.lineTooLong", name, line, limits.lineChars()));
                }
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String utf8(String entry, byte[] bytes) throws BackupRefusedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BackupRefusedException(AppText.of("backup.notUtf8", entry));
        }
    }

    private static List<Row> rows(BackupManifest.Part part, String text, BackupLimits limits)
            throws BackupRefusedException {
        List<Row> rows = new ArrayList<>();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new BackupRefusedException(AppText.of("backup.cutShort", part.entry()));
        }
        int start = 0;
        int line = 0;
        Set<String> columns = new HashSet<>();
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            line++;
            if (end - start > limits.lineChars()) {
                throw new BackupRefusedException(AppText.of("backup.lineTooLong", part.entry(), line, limits.lineChars()));
            }
            try {
                Row row = new Row(RowJson.read(text.substring(start, end)));
                if (columns.isEmpty()) {
                    columns.addAll(row.values().keySet());
                } else if (!columns.equals(row.values().keySet())) {
                    throw new BackupRefusedException(AppText.of("backup.columnsDiffer", part.entry(), line));
                }
                rows.add(row);
            } catch (RowJson.ShapeException e) {
                throw new BackupRefusedException(AppText.of("backup.badLine", part.entry(), line, e.text()));
            }
            start = end + 1;
        }
        if (rows.size() != part.rows()) {
            throw new BackupRefusedException(AppText.of("backup.rowCount", part.entry(), part.rows(), rows.size()));
        }
        return rows;
    }
}
