package com.parkreview.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.persistence.DatabaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves a database file in the user's data folder, where the user's own
 * database lives: a test's databases belong in its {@code @TempDir}.
 */
public final class LeavesNoDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(LeavesNoDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        context.getStore(HERE).put("before", databases());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Set<?> before = context.getStore(HERE).get("before", Set.class);
        Set<String> left = databases();
        left.removeAll(before);
        assertEquals(Set.of(), left, "databases left in the user's data folder");
    }

    static Set<String> databases() throws IOException {
        Path folder = DatabaseFile.defaultFile().folder();
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(DatabaseFile.H2_SUFFIX))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
