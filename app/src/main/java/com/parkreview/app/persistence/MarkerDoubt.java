package com.parkreview.app.persistence;

import com.parkreview.app.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The doubt an open leaves when it finds a file's head marker missing or not ParkReview's: whether
 * an older copy was put in the file's place could not be checked. It is kept beside the file
 * ({@code <name>.head-unchecked}) until {@code verify} has reported it (exit 4): round 28 deleted the
 * marker, ran {@code sessions} (which said so, exit 0, and wrote the marker again), and the
 * {@code verify} after it said intact with exit 0, an older copy passing as the file.
 */
final class MarkerDoubt {

    private static final Logger LOG = Logger.getLogger(MarkerDoubt.class.getName());

    private MarkerDoubt() {
    }

    /** The file's state as far as the marker goes, this open's doubt noted or an earlier one's recalled. */
    static OpenedAs remembered(DatabaseFile file, OpenedAs found) {
        Path note = note(file);
        if (found.doubtsTheMarker()) {
            try {
                AtomicFile.write(note, found.name());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not note that the marker was not checked: " + note, e);
            }
            return found;
        }
        if (found == OpenedAs.EXISTING && Files.isRegularFile(note, LinkOption.NOFOLLOW_LINKS)) {
            return OpenedAs.UNCHECKED_EARLIER;
        }
        return found;
    }

    /** {@code verify} has reported the doubt; or the file was replaced by a restore, which checks what it puts there. */
    static void clear(DatabaseFile file) {
        try {
            Files.deleteIfExists(note(file));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clear the note of an unchecked marker beside " + file, e);
        }
    }

    private static Path note(DatabaseFile file) {
        return file.folder().resolve(file.base().getFileName() + ".head-unchecked");
    }
}
