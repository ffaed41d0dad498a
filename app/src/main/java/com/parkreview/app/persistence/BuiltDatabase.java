package com.parkreview.app.persistence;

import com.parkreview.app.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A database made whole in a temporary file beside its place (a restore, a new file with its first
 * work), put there in one step: the place's marker removed first (until the new one is written the
 * file opens without one), the file moved, then its marker written. What was built and not put in
 * place is removed.
 */
final class BuiltDatabase {

    private BuiltDatabase() {
    }

    /** Puts {@code built} at {@code target}: over the file there when {@code replace}, else only where there is none. */
    static void putInPlace(DatabaseFile built, DatabaseFile target, Optional<HeadMarker.Head> head, boolean replace)
            throws IOException {
        new HeadMarker(target).delete();
        if (replace) {
            AtomicFile.place(built.file(), target.file());
        } else {
            AtomicFile.placeNew(built.file(), target.file());
        }
        head.ifPresent(h -> {
            try (HeadMarker marker = new HeadMarker(target)) {
                marker.write(h);
            }
        });
    }

    /** Removes what is left of {@code built}: its file (unless put in place), marker and trace. */
    static void discard(DatabaseFile built) {
        deleteQuietly(built.file());
        deleteQuietly(built.headMarker());
        MarkerDoubt.clear(built); // the built file's own open, without a marker yet, noted a doubt of no one's
        deleteQuietly(built.base().resolveSibling(built.base().getFileName() + ".trace.db"));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Logger.getLogger(BuiltDatabase.class.getName()).warning("could not delete " + file);
        }
    }
}
