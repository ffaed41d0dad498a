package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * A backup or a copy of an open {@link Database}, read through the connection that keeps it open
 * and under its write lock, so that no write is half in it.
 */
final class DatabaseCopies {

    private final DatabaseFile file;
    private final OpenOptions options;
    private final Connection keeper;
    private final Lock writeLock;
    private final Backups backups;
    private final Supplier<Instant> now;

    DatabaseCopies(DatabaseFile file, OpenOptions options, Connection keeper, Lock writeLock, Backups backups,
            Supplier<Instant> now) {
        this.file = file;
        this.options = options;
        this.keeper = keeper;
        this.writeLock = writeLock;
        this.backups = backups;
        this.now = now;
    }

    /** Writes a backup now beside the file. */
    Path backup() {
        writeLock.lock();
        try {
            return backups.create(keeper, options.password(), now.get());
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("backup.writeFailed",
                    file.folder()), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** A new database file with everything this one holds, built the way a restore builds one. */
    Path saveCopy(Path target, Actor actor) {
        DatabaseFile copy = DatabaseFile.of(target);
        if (copy.exists()) {
            throw new ValidationException(AppText.of("ui.fileExists", copy));
        }
        byte[] content = content(options.password());
        Restore.into(Rebuild.COPY, copy, file.file().getFileName().toString(), content,
                new OpenOptions(true, options.password(), options.clock(), "file"), actor, false);
        return copy.file();
    }

    /** Everything the database holds as a backup's content, in memory (encrypted with {@code password} if given). */
    byte[] content(Optional<char[]> password) {
        writeLock.lock();
        try {
            return Backups.bytes(keeper, password, now.get(), file.file().getFileName().toString());
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.writeFailed"), e);
        } finally {
            writeLock.unlock();
        }
    }
}
