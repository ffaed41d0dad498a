package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.ConnectToServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --db FILE} (or {@code --db postgresql://…}, a programme office's server) and {@code
 * --password} (an encrypted file's, or the server role's): the database a command works on.
 */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database file (parkreview.mv.db, with or without .mv.db), or a server's "
                    + "postgresql://host/database. Default: the user's own file.")
    String db;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "The file password of an encrypted database, or the server role's "
                    + "(asked when given without a value; a server's is also read from PGPASSWORD or ~/.pgpass).")
    char[] password;

    /** The database file; refused for a server (restore, kit open and the demonstration work on files only). */
    DatabaseFile file() {
        if (server()) {
            throw new StoreException(StoreException.Kind.REFUSED, AppText.of("cli.fileOnly", db), null);
        }
        if (db != null && db.isBlank()) { // --db=$UNSET: the folder itself would be taken for a file's base name
            throw new StoreException(StoreException.Kind.REFUSED, AppText.of("cli.dbEmpty"), null);
        }
        return db == null ? DatabaseFile.defaultFile() : DatabaseFile.of(Path.of(db));
    }

    /**
     * The database file a command is to make: a folder named with {@code --db} must exist (a typing
     * mistake made the whole path before, a tester's round 4); the user's own file's folder is made.
     */
    DatabaseFile newFile() {
        DatabaseFile file = file();
        if (db != null && !Files.isDirectory(file.folder())) {
            throw new StoreException(StoreException.Kind.REFUSED, AppText.of("cli.dbNoFolder", file.file(), file.folder()), null);
        }
        return file;
    }

    /** Whether {@code --db} names a server rather than a file. */
    boolean server() {
        return db != null && ConnectToServer.names(db);
    }

    /**
     * Opens an existing database: a mistyped path is refused, never created empty. The user's own
     * database, when there is none yet, is the demonstration database, placed as the window's
     * first start places it, and the command says so on {@code err}.
     */
    OpenStore open(PrintWriter err) {
        if (server()) {
            return openServer();
        }
        if (db == null) {
            usableDataFolder(file().folder());
        }
        if (db == null && DemoDatabase.placeIfMissing(file())) {
            err.println(AppText.of("cli.demoPlaced", file()).text());
            err.flush();
        }
        Database opened = Database.open(file(), withPassword(OpenOptions.existing()));
        opened.markerWarning().ifPresent(warning -> { // said before the command's own output, verify's "intact" among it
            err.println(warning.text());
            err.flush();
        });
        return opened;
    }

    /** The user's data folder, made if missing; one that cannot be (a file in its place, a read-only home) is said so. */
    private static void usableDataFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("cli.dataFolderUnusable", folder), e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(StoreException.Kind.READ_ONLY, AppText.of("cli.dataFolderUnusable", folder), null);
        }
    }

    /**
     * Opens the database, creating it (encrypted when a password is given) if it does not exist yet.
     * A server's database is made by its administrator; ParkReview makes its tables in it.
     */
    OpenStore openOrCreate() {
        return server() ? openServer() : Database.open(file(), withPassword(OpenOptions.creating()));
    }

    private OpenStore openServer() {
        return ConnectToServer.open(db,
                password != null && password.length > 0 ? Optional.of(password) : Optional.empty(),
                Clock.systemDefaultZone());
    }

    /** The options given, with the password when one was given. */
    OpenOptions options(OpenOptions options) {
        return withPassword(options);
    }

    private OpenOptions withPassword(OpenOptions options) {
        return password != null && password.length > 0 ? options.withPassword(password) : options;
    }
}
