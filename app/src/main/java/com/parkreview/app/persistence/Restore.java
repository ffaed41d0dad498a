package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Replaces a database with one of its backups. The file replaced is never deleted: it is kept
 * beside the new one as {@code <name>.before-restore-<time>.mv.db}. If the backup cannot be
 * read, everything is put back as it was.
 */
public final class Restore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Restore() {
    }

    /** @return where the replaced file was kept, if there was one */
    public static Optional<Path> from(DatabaseFile target, Path backup, OpenOptions options) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("restore.noBackup", backup), null);
        }
        Optional<Path> kept = Optional.empty();
        if (target.exists()) {
            OpeningProbe.refuseIfInUse(target);
            kept = Optional.of(target.folder().resolve(target.base().getFileName() + ".before-restore-"
                    + STAMP.format(options.clock().instant()) + DatabaseFile.H2_SUFFIX));
            move(target.file(), kept.get());
        }
        new HeadMarker(target).delete();
        try {
            runScript(target, backup, options);
            Database.open(target, new OpenOptions(false, options.password(), options.clock(), options.fileSystem()))
                    .close();
            return kept;
        } catch (RuntimeException e) {
            deleteQuietly(target.file());
            kept.ifPresent(k -> move(k, target.file()));
            throw e instanceof StoreException s ? s
                    : new StoreException(StoreException.Kind.CORRUPT, AppText.of("restore.failed", backup), e);
        }
    }

    private static void runScript(DatabaseFile target, Path backup, OpenOptions options) {
        String url = "jdbc:h2:" + options.fileSystem() + ":" + target.base() + ";WRITE_DELAY=0"
                + (options.encrypted() ? ";CIPHER=AES" : "");
        String password = options.password().map(p -> new String(p) + " ").orElse("");
        String sql = options.encrypted()
                ? "RUNSCRIPT FROM ? COMPRESSION ZIP CIPHER AES PASSWORD ?"
                : "RUNSCRIPT FROM ? COMPRESSION ZIP";
        try (Connection connection = DriverManager.getConnection(url, "parkreview", password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, backup.toAbsolutePath().toString());
            if (options.encrypted()) {
                statement.setString(2, new String(options.password().get()));
            }
            statement.execute();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, AppText.of("restore.failed", backup), e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("restore.move", from, to), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(Restore.class.getName()).warning("could not delete " + file);
        }
    }
}
