package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.files.Leftovers;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A new, empty database appears whole: it is made and migrated in a temporary file beside its
 * place, then put there in one step. A process killed while making it leaves no database at all
 * (and a temporary file the next start removes), never a half-made one that later fails with
 * "table already exists".
 */
final class NewDatabase {

    private NewDatabase() {
    }

    /** Makes the database at {@code file}; false when another process put one there first. */
    static boolean place(DatabaseFile file, OpenOptions options) {
        DatabaseOpening.createFolder(file);
        Leftovers.clean(file.folder());
        DatabaseFile made = new DatabaseFile(Leftovers.temporaryBase(file.base()));
        try {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(H2Url.of(made, options, false));
            source.setUser("parkreview");
            source.setPassword(H2Url.password(options));
            try (Connection keeper = source.getConnection()) {
                Migrations.migrate(source, options.clock(), Optional.empty());
                keeper.createStatement().execute("SHUTDOWN");
            }
            new HeadMarker(file).delete();
            MarkerDoubt.clear(file); // a doubt left by a file of this name before is not this one's
            AtomicFile.placeNew(made.file(), file.file());
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE_FAILED, AppText.of("store.cannotCreateFile", file), e);
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (FlywayException e) {
            throw Migrations.failed(e);
        } finally {
            deleteQuietly(made.file());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            Logger.getLogger(NewDatabase.class.getName()).warning("could not delete " + path);
        }
    }
}
