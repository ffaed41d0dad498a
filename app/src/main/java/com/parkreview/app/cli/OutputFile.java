package com.parkreview.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes its result: a file, replaced in one step only once the whole result is
 * written (a refused or failed run leaves it as it was), or standard output.
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
        com.parkreview.app.files.AtomicFile.write(target.get(), out -> {
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

}
