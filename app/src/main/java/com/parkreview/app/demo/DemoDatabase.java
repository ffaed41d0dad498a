package com.parkreview.app.demo;

import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.files.Leftovers;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database a first start opens: the demonstration session, made once when ParkReview is
 * built ({@link DemoSession}, through the same services as a user's work) and shipped in the
 * jar beside this class. A first start places a copy; making it there instead cost 1.5–2 s in a
 * fresh JVM (the migrations on an empty file, then some 400 transactions).
 */
public final class DemoDatabase {

    private static final Logger LOG = Logger.getLogger(DemoDatabase.class.getName());

    /** Held, so that the level set on it stays (the logging keeps loggers weakly). */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    /** The shipped files' base name: {@code demo.mv.db} and its head marker {@code demo.head}. */
    static final String BASE = "demo";

    private DemoDatabase() {
    }

    /** Build time: makes the demonstration database in the folder named by the one argument. */
    public static void main(String[] args) throws IOException {
        Logger.getLogger("").setLevel(Level.WARNING);
        FLYWAY.setLevel(Level.SEVERE); // its remark on the H2 version it was tested with is for the log, not the build
        Path into = Path.of(args[0]);
        Path work = Files.createTempDirectory("parkreview-demo-build");
        DatabaseFile made = DatabaseFile.of(work.resolve(BASE));
        try (Database db = Database.open(made, OpenOptions.creating())) {
            new DemoSession(db).create();
        }
        Files.createDirectories(into);
        for (Path file : List.of(made.file(), made.headMarker())) {
            Files.move(file, into.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        try (var left = Files.list(work)) {
            List<Path> others = left.toList();
            if (!others.isEmpty()) {
                throw new IllegalStateException("unexpected files beside the demonstration database: " + others);
            }
        }
        Files.delete(work);
    }

    /**
     * The user's default database, opened; on a first start it is the demonstration database,
     * placed, or — when this build carries none (classes run without the build's last step) —
     * made there through the services.
     */
    public static Database openDefault(DatabaseFile file) {
        placeIfMissing(file);
        Database database = Database.open(file, OpenOptions.creating());
        if (database.created()) {
            new DemoSession(database).create();
        }
        return database;
    }

    /**
     * A first start: puts the demonstration database where {@code file} is expected when there is
     * no file there. Returns whether it did; {@code false} as well when this build carries no
     * demonstration database. Another ParkReview placing it at the same moment wins; nothing is ever replaced.
     */
    public static boolean placeIfMissing(DatabaseFile file) {
        if (file.exists()) {
            return false;
        }
        try (InputStream database = DemoDatabase.class.getResourceAsStream(BASE + DatabaseFile.H2_SUFFIX);
                InputStream head = DemoDatabase.class.getResourceAsStream(BASE + ".head")) {
            if (database == null || head == null) {
                LOG.warning("this build carries no demonstration database: it is made at the first start");
                return false;
            }
            Files.createDirectories(file.folder());
            Leftovers.clean(file.folder());
            Path databaseCopy = Leftovers.temporary(file.file());
            try {
                Files.copy(database, databaseCopy, StandardCopyOption.REPLACE_EXISTING);
                // The database first: until its marker follows, it opens as one without a marker.
                AtomicFile.placeNew(databaseCopy, file.file());
                AtomicFile.write(file.headMarker(), head::transferTo);
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(databaseCopy);
            }
            LOG.info(() -> "first start: the demonstration database placed at " + file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the demonstration database could not be placed at " + file, e);
        }
    }
}
