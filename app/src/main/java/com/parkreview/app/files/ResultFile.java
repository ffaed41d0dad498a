package com.parkreview.app.files;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A result the user asked for (a sheet, a workbook, a kit, a score file, a CSV), written whole
 * ({@link AtomicFile}): a refused or failed write leaves the file as it was, and is refused with
 * a sentence that names this file and says in words what went wrong — the same in the window and
 * on the command line.
 */
public final class ResultFile {

    /** A name longer than this, in UTF-8, may not be written with the temporary file's suffix (255 bytes in all). */
    private static final int NAME_BYTES = 200;

    private ResultFile() {
    }

    /** Writes the file whole; a failure is a refusal naming it. */
    public static void write(Path target, AtomicFile.Content content) {
        write(target, content, () -> { });
    }

    /** Writes the file whole, {@code beforePlacing} run once it is whole and before it takes its name ({@link AtomicFile}). */
    public static void write(Path target, AtomicFile.Content content, Runnable beforePlacing) {
        check(target);
        try {
            AtomicFile.write(target, content, beforePlacing);
        } catch (IOException e) {
            throw new ValidationException(AppText.of("file.writeFailed", target, AppText.of(reason(target, e))));
        }
    }

    /**
     * Refuses a name without the ending of what is written ({@code .prkit}, {@code .prscore},
     * {@code .txt}): a tester's round 5 wrote a kit over a backup, a received score file and a
     * document, each exit 0. {@code what} is the key of the messages naming what is written.
     */
    public static void checkEnding(Path target, String ending, String what, String example) {
        Path name = target.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(ending)) {
            throw new ValidationException(AppText.of("files.wrongEnding", target, AppText.of(what), ending, example));
        }
    }

    /**
     * Refuses a target no result may be written to — a database or the marker beside it, a folder,
     * a folder that does not exist — before anything is made or recorded for it (a kit's issue, a
     * sheet's verification code).
     */
    public static void check(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        String reason = StoreFiles.isStore(target) ? "file.writeIsDatabase"
                : Files.isDirectory(target) ? "file.writeIsFolder"
                : folder != null && !Files.isDirectory(folder) ? "file.writeNoFolder"
                : null;
        if (reason != null) {
            throw new ValidationException(AppText.of("file.writeFailed", target, AppText.of(reason)));
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
        if (target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
            return "file.writeNameTooLong"; // with the temporary file's suffix, past what the file system takes
        }
        return "file.writeDisk";
    }
}
