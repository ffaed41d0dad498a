package com.parkreview.app.files;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A result the user asked for (a sheet, a workbook, a kit, a score file, a CSV), written whole
 * ({@link AtomicFile}): a refused or failed write leaves the file as it was, and is refused with
 * a sentence that names this file and says in words what went wrong — the same in the window and
 * on the command line.
 */
public final class ResultFile {

    private ResultFile() {
    }

    /** Writes the file whole; a failure is a refusal naming it. */
    public static void write(Path target, AtomicFile.Content content) {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new ValidationException(AppText.of("file.writeFailed", target, AppText.of(reason(target, e))));
        }
    }

    private static String reason(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "file.writeNoFolder";
        }
        if (Files.isDirectory(target)) {
            return "file.writeIsFolder";
        }
        if (e instanceof AccessDeniedException) {
            return "file.writeDenied";
        }
        return "file.writeDisk";
    }
}
