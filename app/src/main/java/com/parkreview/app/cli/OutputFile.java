package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.files.AtomicFile;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes its result: a file, replaced in one step only once the whole result is
 * written (a refused or failed run leaves it as it was), or standard output. A file that cannot
 * be written is named in the refusal with what went wrong, in words.
 */
final class OutputFile {

    /** Writes a whole result. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Optional<Path> target, Writer stdout, Content content) throws IOException {
        if (target.isEmpty()) {
            content.writeTo(stdout);
            stdout.flush();
            return;
        }
        bytes(target.get(), out -> {
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes the file whole ({@link AtomicFile}); a failure names this file, not another. */
    static void bytes(Path target, AtomicFile.Content content) {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new ValidationException(AppText.of("cli.writeFailed", target, AppText.of(reason(target, e))));
        }
    }

    private static String reason(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "cli.writeNoFolder";
        }
        if (Files.isDirectory(target)) {
            return "cli.writeIsFolder";
        }
        if (e instanceof AccessDeniedException) {
            return "cli.writeDenied";
        }
        return "cli.writeDisk";
    }
}
