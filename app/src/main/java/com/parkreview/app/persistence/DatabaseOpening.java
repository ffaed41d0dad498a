package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.Leftovers;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opening a database file: a missing one is refused (a mistyped path) or, when allowed, made whole
 * in one step ({@link NewDatabase}); an existing one is tried on a copy first ({@link OpeningProbe}:
 * damaged, cut short, not ParkReview's, in use) so that a refused file is never changed; then the
 * pool, the connection that keeps the file open, the migrations ({@link Migrations#bringUpToDate})
 * and the head marker.
 */
final class DatabaseOpening {

    private DatabaseOpening() {
    }

    /**
     * A name that is a folder, a pipe, a device, or a link leading nowhere is no database: said at
     * once (a tester's round 7 named a FIFO and the command waited forever; a link loop was blamed on
     * another ParkReview at the same moment).
     */
    private static void refuseOddFile(DatabaseFile file, OpenOptions options) {
        Path path = file.file();
        if (!options.fileSystem().equals("file")) {
            return;
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("store.linkNowhere", path), null);
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.notAFile", path), null);
        }
    }

    static Database open(DatabaseFile file, OpenOptions options) {
        refuseOddFile(file, options);
        boolean existed = H2Url.exists(file, options);
        if (!existed && !options.createIfMissing()) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, AppText.of("store.notFoundAt", file), null);
        }
        if (!options.fileSystem().equals("file")) {
            return open(file, options, existed, Optional.empty());
        }
        OpenGuard guard = OpenGuard.take(file); // before anything is read: another ParkReview may be writing it
        try {
            Database database = open(file, options, existed, Optional.of(guard));
            try {
                guard.holdIdentity(file); // a file this open made: held by what it is, too
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    private static Database open(DatabaseFile file, OpenOptions options, boolean existedBefore,
            Optional<OpenGuard> guard) {
        boolean existed = existedBefore;
        boolean created = false;
        if (!existed && options.fileSystem().equals("file")) {
            created = NewDatabase.place(file, options);
            existed = true;
        }
        if (!existed) {
            createFolder(file);
            new HeadMarker(file).delete();
        } else if (H2Url.encrypted(file, options) != options.encrypted()) {
            throw new StoreException(StoreException.Kind.WRONG_PASSWORD,
                    AppText.of(options.encrypted() ? "store.notEncrypted" : "store.wrongPassword"), null);
        }
        if (existed && !created) { // a file this call has just made whole needs no trying
            OpeningProbe.check(file, options);
        }
        if (options.fileSystem().equals("file")) {
            Leftovers.clean(file.folder());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2Url.of(file, options, existed), H2Url.USER,
                H2Url.password(options));
        Connection keeper;
        try {
            keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw failed(file, e);
        }
        try {
            Database database = new Database(file, options, pool, keeper, !H2Url.readOnly(keeper),
                    created || !existed ? OpenedAs.NEW : found(file, options, keeper), guard);
            Migrations.bringUpToDate(database, existed);
            database.markHead();
            return database;
        } catch (RuntimeException e) {
            Jdbc.closeQuietly(keeper);
            pool.dispose();
            throw e;
        }
    }

    static void createFolder(DatabaseFile file) {
        try {
            Files.createDirectories(file.folder());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("store.cannotCreate", file.folder()), e);
        }
    }

    /**
     * Opening failed. An existing file that cannot be read (H2 reports it as damage, an I/O
     * fault or an internal error) is damaged: name the newest backup beside it.
     */
    /** An existing file as its marker finds it; on the disk, a doubt this open or an earlier one left ({@link MarkerDoubt}). */
    private static OpenedAs found(DatabaseFile file, OpenOptions options, Connection keeper) {
        OpenedAs found = OpenedAs.of(file, options, keeper);
        return options.fileSystem().equals("file") ? MarkerDoubt.remembered(file, found) : found;
    }

    static StoreException failed(DatabaseFile file, SQLException e) {
        StoreException translated = Failures.translate(e);
        if (translated.kind() == StoreException.Kind.CORRUPT || translated.kind() == StoreException.Kind.INTERNAL
                || translated.kind() == StoreException.Kind.WRITE_FAILED) {
            return damaged(file, e);
        }
        return translated;
    }

    /** The file refused as damaged, left as it was, with the newest backup beside it offered. */
    static StoreException damaged(DatabaseFile file, Throwable cause) {
        Optional<Path> newest = new Backups(file).newest();
        LocalizedText text = newest.isPresent()
                ? AppText.of("store.corruptWithBackup", file, newest.get().getFileName())
                : AppText.of("store.corruptNoBackup", file);
        return new StoreException(StoreException.Kind.CORRUPT, text, cause, newest);
    }
}
