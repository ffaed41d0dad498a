package com.parkreview.app.cli;

import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.files.ResultFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes the file whole; a failure names this file, not another ({@link ResultFile}). */
    static void bytes(Path target, AtomicFile.Content content) {
        ResultFile.write(target, content);
    }
}
