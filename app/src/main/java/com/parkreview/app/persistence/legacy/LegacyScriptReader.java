package com.parkreview.app.persistence.legacy;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.parkreview.app.persistence.dump.TableCatalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the data of a backup written by earlier ParkReview versions (H2's
 * {@code SCRIPT TO file COMPRESSION ZIP}: a ZIP holding one {@code script.sql}) without running
 * any of it. The script is tokenized and taken only where it has the shape ParkReview's own
 * backups have: CREATE TABLE for the column names, INSERT of plain literals for the rows, and the
 * few statements around them, ignored. Anything else refuses the whole file, naming the line.
 */
public final class LegacyScriptReader {

    /** The tables a ParkReview backup may hold and Flyway's history. */
    static final Set<String> TABLES = Stream.concat(Stream.of("flyway_schema_history"),
            TableCatalog.tables().stream().map(TableCatalog.Table::name)).collect(Collectors.toUnmodifiableSet());

    /** The one entry of H2's SCRIPT ... COMPRESSION ZIP. */
    static final String ENTRY = "script.sql";

    /** How H2 begins an encrypted file (SCRIPT ... CIPHER AES). */
    private static final byte[] ENCRYPTED = "-- H2 0.5/B -- ".getBytes(UTF_8);

    /**
     * How much of a script is read before it is refused. The uncompressed size is counted while
     * inflating (a ZIP's own sizes are not believed); lengths are in characters of the script.
     */
    public record Limits(long maxScriptBytes, int maxStatementChars, int maxLiteralChars, long maxRows,
            int maxCommentChars, int maxCommentNesting) {

        /** 256 MiB of script, statements of 4 Mi characters, values of 1 Mi, a million rows, comments of 64 Ki, not nested. */
        public static final Limits DEFAULTS = new Limits(256L << 20, 4 << 20, 1 << 20, 1_000_000, 64 << 10, 1);

        public Limits {
            if (maxScriptBytes <= 0 || maxStatementChars <= 0 || maxLiteralChars <= 0 || maxRows <= 0
                    || maxCommentChars <= 0 || maxCommentNesting <= 0) {
                throw new IllegalArgumentException("every limit must be positive");
            }
        }
    }

    private LegacyScriptReader() {
    }

    /** The backup file as SCRIPT ... COMPRESSION ZIP wrote it. */
    public static LegacyBackup read(Path zipFile, Limits limits) throws LegacyScriptException {
        refuseEncrypted(zipFile);
        try (ZipFile zip = new ZipFile(zipFile.toFile(), UTF_8)) {
            ZipEntry entry = zip.size() == 1 ? zip.entries().nextElement() : null;
            if (entry == null || entry.isDirectory() || !entry.getName().equals(ENTRY)) {
                throw LegacyScriptException.wholeFile("legacy.entries", ENTRY);
            }
            var utf8 = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader script = new InputStreamReader(new Bounded(zip.getInputStream(entry), limits.maxScriptBytes()), utf8)) {
                return parse(script, limits);
            }
        } catch (ZipException e) {
            throw LegacyScriptException.wholeFile("legacy.notZip");
        } catch (IOException e) {
            throw LegacyScriptException.wholeFile("legacy.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** A script's text (what {@code script.sql} holds). */
    public static LegacyBackup parse(Reader script, Limits limits) throws LegacyScriptException {
        return new ScriptParser(new Tokenizer(script, limits), limits).parse();
    }

    private static void refuseEncrypted(Path file) throws LegacyScriptException {
        byte[] head = new byte[ENCRYPTED.length];
        try (InputStream in = Files.newInputStream(file)) {
            head = Arrays.copyOf(head, in.readNBytes(head, 0, head.length));
        } catch (NoSuchFileException e) {
            throw LegacyScriptException.wholeFile("legacy.unreadable", file.toString());
        } catch (IOException e) {
            throw LegacyScriptException.wholeFile("legacy.unreadable", String.valueOf(e.getMessage()));
        }
        if (Arrays.equals(head, ENCRYPTED)) {
            throw LegacyScriptException.wholeFile("legacy.encrypted");
        }
    }

    /** Thrown by the inflated stream once it has given more than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts what is inflated; refuses past the limit, whatever the ZIP says the size is. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) {
                throw new TooLarge();
            }
            return n;
        }
    }
}
