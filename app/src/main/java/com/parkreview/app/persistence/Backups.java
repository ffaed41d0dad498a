package com.parkreview.app.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQL-script copies of a database next to its file ({@code <name>.backup-<UTC time>.zip}), made
 * with H2's {@code SCRIPT TO}; the newest {@value #KEEP} are kept. An encrypted database's
 * backups are encrypted with the same password.
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
        String prefix = file.base().getFileName() + ".backup-";
        if (!Files.isDirectory(file.folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(file.folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> newest() {
        return list().stream().findFirst();
    }

    /** Writes a backup of the open database and drops the oldest beyond {@value #KEEP}. */
    Path create(Connection connection, Optional<char[]> password, Instant at) throws SQLException {
        Instant stamp = at;
        Path target = name(stamp);
        while (Files.exists(target)) {
            stamp = stamp.plusMillis(1);
            target = name(stamp);
        }
        script(connection, target, password);
        prune();
        return target;
    }

    /** A {@code SCRIPT TO} copy of the open database, encrypted when the database is. */
    static void script(Connection connection, Path target, Optional<char[]> password) throws SQLException {
        String sql = password.isPresent()
                ? "SCRIPT TO ? COMPRESSION ZIP CIPHER AES PASSWORD ?"
                : "SCRIPT TO ? COMPRESSION ZIP";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, target.toString());
            if (password.isPresent()) {
                statement.setString(2, new String(password.get()));
            }
            statement.execute();
        }
    }

    private Path name(Instant at) {
        return file.folder().resolve(file.base().getFileName() + ".backup-" + STAMP.format(at) + ".zip");
    }

    private void prune() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
