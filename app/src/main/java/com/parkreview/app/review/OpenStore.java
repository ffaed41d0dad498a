package com.parkreview.app.review;

import com.parkreview.scoring.LocalizedText;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A store a command or a window has open: a database file, or a database on a programme office's
 * server; closed when the work is done.
 */
public interface OpenStore extends StoreAccess, AutoCloseable {

    /** Where the store is, as messages name it: the file's path, or the server address without any password. */
    String where();

    /** The newest backup kept beside the store, to restore from when it was found changed; none for a server. */
    default Optional<Path> newestBackup() {
        return Optional.empty();
    }

    /**
     * Said when the head marker beside the store was missing or unreadable at this open, so that
     * whether an older copy was put in its place could not be checked; empty when it was checked.
     */
    default Optional<LocalizedText> markerWarning() {
        return Optional.empty();
    }

    /** {@code verify} has said the marker was not checked: the doubt noted beside the store is let go. */
    default void markerDoubtReported() {
    }

    @Override
    void close();
}
