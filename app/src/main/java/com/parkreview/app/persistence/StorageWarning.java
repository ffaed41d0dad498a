package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.store.fs.FilePath;

/** What the user should know about an open file before typing: it cannot be written, was not marked, or the disk is nearly full. */
final class StorageWarning {

    private static final Logger LOG = Logger.getLogger(StorageWarning.class.getName());
    /** Below this much free space the user is warned before typing anything. */
    private static final long LOW_SPACE_BYTES = 50L * 1024 * 1024;

    private StorageWarning() {
    }

    static Optional<LocalizedText> of(DatabaseFile file, OpenOptions options, boolean writable,
            Optional<LocalizedText> markerWarning) {
        if (!writable) {
            return Optional.of(AppText.of("store.readOnly"));
        }
        if (!FilePath.get(options.fileSystem() + ":" + file.folder()).canWrite()) {
            return Optional.of(AppText.of("store.folderReadOnly"));
        }
        if (markerWarning.isPresent()) {
            return markerWarning;
        }
        try {
            long free = Files.getFileStore(file.folder()).getUsableSpace();
            if (free < LOW_SPACE_BYTES) {
                return Optional.of(AppText.of("store.lowSpace", free / (1024 * 1024)));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "free space unknown", e);
        }
        return Optional.empty();
    }
}
