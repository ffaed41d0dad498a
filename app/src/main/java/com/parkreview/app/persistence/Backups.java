package com.parkreview.app.persistence;

import java.util.zip.ZipFile;
import java.io.InputStream;
import java.nio.file.LinkOption;
import com.parkreview.app.AppText;
import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.persistence.dump.BackupCipher;
import com.parkreview.app.persistence.dump.BackupManifest;
import com.parkreview.app.persistence.dump.BackupReader;
import com.parkreview.app.persistence.dump.BackupWriter;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.scoring.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups of a database next to its file ({@code <name>.backup-<UTC time>.zip}, see {@link
 * BackupWriter} for what is inside); the newest {@value #KEEP} are kept. Each appears whole under
 * its name or not at all ({@link AtomicFile}). An encrypted database's backups are encrypted with
 * the same password.
 */
public final class Backups {

    public static final int KEEP = 10;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final DatabaseFile file;

    public Backups(DatabaseFile file) {
        this.file = file;
    }

    /** Newest first. */
    public List<Path> list() {
        return named(".backup-");
    }

    /** The files of this kind beside the database ({@code <name><kind><time>.zip}), newest first. */
    private List<Path> named(String kind) {
        String prefix = file.base().getFileName() + kind;
        if (!Files.isDirectory(file.folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(file.folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .filter(Backups::looksLikeABackup)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a file named as a backup is one, as far as its opening tells: an ordinary file of its
     * own name (not a link, not a folder) holding an encrypted backup or a zip with a backup's parts.
     * Anything else is neither listed, nor counted among the kept ten, nor deleted: ten empty files
     * named as made a second ago pushed the only real backup out (a tester's round 18), a folder so
     * named failed every backup after it was written.
     */
    private static boolean looksLikeABackup(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (BackupCipher.encrypted(in.readNBytes(64))) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(BackupManifest.ENTRY) != null || zip.getEntry(BackupReader.LEGACY_ENTRY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** When a backup of this list was made, read from its name; empty for a name not written here. */
    public Optional<Instant> madeAt(Path backup) {
        return madeAt(backup, ".backup-");
    }

    private Optional<Instant> madeAt(Path backup, String kind) {
        String name = backup.getFileName().toString();
        String prefix = file.base().getFileName() + kind;
        if (!name.startsWith(prefix) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(STAMP.parse(name.substring(prefix.length(), name.length() - ".zip".length()), Instant::from));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The newest backup made by now: a name from the future (a file named so by hand, or a clock once
     * set years ahead) is not offered before the ones made since, unless there is nothing else.
     */
    public Optional<Path> newest() {
        Instant now = Instant.now().plus(1, ChronoUnit.DAYS);
        List<Path> backups = list(); // read once: each is opened to tell a backup from a file named as one
        return backups.stream().filter(p -> madeAt(p).filter(t -> !t.isAfter(now)).isPresent()).findFirst()
                .or(() -> backups.stream().findFirst());
    }

    /**
     * Writes a backup of the open database and drops the oldest beyond {@value #KEEP}. A database
     * whose data does not match its own history (changed outside ParkReview, or damaged) is not
     * backed up among the kept ones: such a backup could never be restored, and ten of them would
     * push the last good one out (a tester's round 8 lost it so, the window backing up at each
     * close). Its content is written beside them as {@code <name>.unverified-<time>.zip}, evidence
     * outside the rotation, and the refusal names the first difference.
     */
    Path create(Connection connection, Optional<char[]> password, Instant at) throws SQLException, IOException {
        byte[] content = bytes(connection, password, at, file.file().getFileName().toString());
        if (Migrations.current(connection).filter(Migrations.NEWEST::equals).isEmpty()) {
            return kept(content, at); // before its migrations: verify's check is of the newest schema
        }
        ChainCheck check = new JdbcHistoryRepository(new Jdbc(connection), HistoryWriter.reading(new Jdbc(connection)))
                .verify();
        if (check.firstBreak().isPresent()) {
            Path evidence = free(at, ".unverified-");
            AtomicFile.writeNew(evidence, out -> out.write(content));
            prune(".unverified-", evidence); // the newest ten, not one more at every close (round 9)
            throw new ValidationException(AppText.of("backup.notMatchingHistory", check.breakCount(),
                    check.firstBreak().get().what(), evidence.getFileName().toString()));
        }
        return kept(content, at);
    }

    private Path kept(byte[] content, Instant at) throws IOException {
        Path target = free(at, ".backup-");
        AtomicFile.writeNew(target, out -> out.write(content));
        prune(".backup-", target);
        return target;
    }

    /** A name of this kind not taken yet, at this time or a millisecond later. */
    private Path free(Instant at, String kind) {
        Instant stamp = at;
        Path target = name(stamp, kind);
        while (Files.exists(target)) {
            stamp = stamp.plusMillis(1);
            target = name(stamp, kind);
        }
        return target;
    }

    /** A backup of the database on {@code connection}, in memory. */
    static byte[] bytes(Connection connection, Optional<char[]> password, Instant at, String database)
            throws SQLException, IOException {
        String version = Migrations.current(connection).orElseThrow(
                () -> new IllegalStateException("a database without a schema version is not backed up"));
        Optional<BackupManifest.Head> head = HistoryWriter.reading(new Jdbc(connection)).newest()
                .map(h -> new BackupManifest.Head(h.seq(), h.hash()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupWriter.write(connection, version, at, database, head, password, out);
        return out.toByteArray();
    }

    private Path name(Instant at, String kind) {
        return file.folder().resolve(file.base().getFileName() + kind + STAMP.format(at) + ".zip");
    }

    /**
     * Drops the oldest beyond {@value #KEEP} of those made up to {@code written}, which is kept: files
     * named as made later (ten junk files named "…backup-2999…" deleted every real backup, the one
     * just written too, in a tester's round 16; a clock once set years ahead would do the same) are
     * neither counted nor deleted.
     */
    private void prune(String kind, Path written) {
        Instant upTo = madeAt(written, kind).orElseThrow();
        prune(named(kind).stream().filter(p -> madeAt(p, kind).filter(t -> !t.isAfter(upTo)).isPresent()).toList());
    }

    private static void prune(List<Path> all) {
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
