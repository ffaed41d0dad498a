package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db FILE} and, for an encrypted file, {@code --password}: the database a command works on. */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database file (parkreview.mv.db, with or without .mv.db). Default: the user's own.")
    Path db;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "The file password of an encrypted database (asked when given without a value).")
    char[] password;

    DatabaseFile file() {
        return db == null ? DatabaseFile.defaultFile() : DatabaseFile.of(db);
    }

    /**
     * Opens an existing database: a mistyped path is refused, never created empty. The user's own
     * database, when there is none yet, is the demonstration database, placed as the window's
     * first start places it, and the command says so on {@code err}.
     */
    Database open(PrintWriter err) {
        if (db == null && DemoDatabase.placeIfMissing(file())) {
            err.println(AppText.of("cli.demoPlaced", file()).text());
            err.flush();
        }
        return Database.open(file(), withPassword(OpenOptions.existing()));
    }

    /** Opens the database, creating it (encrypted when a password is given) if it does not exist yet. */
    Database openOrCreate() {
        return Database.open(file(), withPassword(OpenOptions.creating()));
    }

    /** The options given, with the password when one was given. */
    OpenOptions options(OpenOptions options) {
        return withPassword(options);
    }

    private OpenOptions withPassword(OpenOptions options) {
        return password != null && password.length > 0 ? options.withPassword(password) : options;
    }
}
