package com.parkreview.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a file handed to ParkReview (a table, a kit, a score file, a settings file, a rubric) for
 * reading, and only an ordinary file: a named pipe would keep the command waiting for ever (and the
 * database it holds locked), a device such as {@code /dev/zero} never ends.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** A pipe, a device or a socket where a file was expected (a folder is {@link #open}'s other refusal). */
    public static final class NotAnOrdinaryFile extends FileSystemException {

        private static final long serialVersionUID = 1L;

        private final boolean folder;

        NotAnOrdinaryFile(Path file, boolean folder) {
            super(file.toString());
            this.folder = folder;
        }

        public boolean folder() {
            return folder;
        }
    }

    /** The file's contents, once it is known to be an ordinary file (links followed). */
    public static InputStream open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new NotAnOrdinaryFile(file, Files.isDirectory(file));
        }
        return Files.newInputStream(file);
    }
}
