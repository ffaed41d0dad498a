package com.parkreview.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A fixture built once for a test class (databases with their markers) and copied, file for file,
 * into each test's own folder: every test starts from the same stored state, at the cost of a copy
 * rather than of building it again.
 */
public final class FolderCopy {

    private FolderCopy() {
    }

    /** Copies the regular files of {@code from} into {@code to}; returns {@code to}. */
    public static Path files(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one file of {@code folder} whose name starts with {@code prefix} and ends with {@code suffix}. */
    public static Path theOne(Path folder, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(suffix)).reduce((a, b) -> {
                        throw new IllegalStateException("two files " + prefix + "…" + suffix + " in " + folder);
                    }).orElseThrow(() -> new IllegalStateException("no file " + prefix + "…" + suffix + " in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
