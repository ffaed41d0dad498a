package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.Leftovers;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.function.Function;

/**
 * A new database that appears under its name with its first work done, or not at all: a session
 * created into a new file ({@code session create --db NEW}), a kit opened into the expert's new
 * database. The database is made, and the work done and committed, in a temporary file beside
 * its place; that file is then put there in one step, its history-head marker after it. A
 * process killed at any moment leaves no file under the name (the temporary one is removed at the
 * next start), or the whole database with its work — never an empty database that
 * {@code verify} refuses as holding no history.
 */
public final class WholeNewDatabase {

    /** The database opened at its place, and what the first work gave. */
    public record Made<T>(Database database, T result) {
    }

    private WholeNewDatabase() {
    }

    /**
     * Does {@code first} on a new database at {@code target} (made in a temporary file, then put in
     * place), and opens it there; on a database that exists already, or not on the local disk, just
     * opens it and does the work. The caller closes the database.
     */
    public static <T> Made<T> make(DatabaseFile target, OpenOptions options, Function<Database, T> first) {
        if (target.exists() || !options.fileSystem().equals("file")) {
            return openAndDo(target, options, first);
        }
        HeadMarker.refuseIfSomethingElseInItsPlace(target);
        DatabaseFile building = new DatabaseFile(Leftovers.temporaryBase(target.base()));
        try {
            T result;
            try (Database made = Database.open(building, options.creatingIfMissing())) {
                result = first.apply(made);
            }
            BuiltDatabase.putInPlace(building, target, new HeadMarker(building).read(), false);
            return new Made<>(Database.open(target, options), result);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.madeMeanwhile", target), e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.cannotCreateFile", target), e);
        } catch (StoreException e) { // a full disk while building: the file named, none left (a tester's round 5 was told to reopen it)
            if (e.kind() == StoreException.Kind.WRITE_FAILED) {
                throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.cannotCreateFile", target), e);
            }
            throw e;
        } finally {
            BuiltDatabase.discard(building);
        }
    }

    private static <T> Made<T> openAndDo(DatabaseFile target, OpenOptions options, Function<Database, T> first) {
        Database database = Database.open(target, options);
        try {
            return new Made<>(database, first.apply(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
