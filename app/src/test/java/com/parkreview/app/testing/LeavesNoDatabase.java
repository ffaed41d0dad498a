package com.parkreview.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.persistence.DatabaseFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves a database file behind: in the user's data folder, where the
 * user's own database lives, or in the temporary folder outside a JUnit {@code @TempDir} (a
 * folder of its own made with {@code Files.createTempDirectory} and never deleted is how window
 * tests used to leave theirs). A test's databases belong in its {@code @TempDir}, which JUnit
 * deletes.
 *
 * <p>Only entries that appear in the temporary folder while the class runs are looked into. The
 * build points {@code java.io.tmpdir} at the module's {@code target} (app/pom.xml), so that other
 * builds on the machine do not show here; run from elsewhere, the failure names each file, so
 * that one another program left at the same moment can be told apart.
 */
public final class LeavesNoDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(LeavesNoDatabase.class);

    /** How JUnit names the folders of {@code @TempDir}, which it deletes after the test. */
    private static final String JUNIT_TEMP_DIR = "junit";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        context.getStore(HERE).put("before", databases());
        context.getStore(HERE).put("temporary", entries(temporaryFolder()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Set<?> before = context.getStore(HERE).get("before", Set.class);
        Set<String> left = databases();
        left.removeAll(before);
        assertEquals(Set.of(), left, "databases left in the user's data folder");
        Set<?> temporaryBefore = context.getStore(HERE).get("temporary", Set.class);
        assertEquals(Set.of(), leftInTemporaryFolder(temporaryBefore),
                "databases left in the temporary folder: keep them in a @TempDir");
    }

    static Set<String> databases() throws IOException {
        Path folder = DatabaseFile.defaultFile().folder();
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).filter(LeavesNoDatabase::isDatabase)
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** The database files under the entries of the temporary folder that were not there before. */
    static Set<String> leftInTemporaryFolder(Set<?> before) throws IOException {
        Path folder = temporaryFolder();
        Set<String> left = new TreeSet<>();
        for (String name : entries(folder)) {
            if (!before.contains(name) && !name.startsWith(JUNIT_TEMP_DIR)) {
                left.addAll(databasesUnder(folder.resolve(name)));
            }
        }
        return left;
    }

    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Set<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(file -> file.getFileName().toString()).toList());
        }
    }

    /** A database's folder holds it one or two levels down (a folder per test, one per laptop). */
    private static Set<String> databasesUnder(Path entry) {
        try (Stream<Path> files = Files.walk(entry, 3)) {
            return new TreeSet<>(files.filter(file -> isDatabase(file.getFileName().toString()))
                    .map(Path::toString).toList());
        } catch (IOException | UncheckedIOException e) {
            return Set.of(); // gone meanwhile, or not ours to read
        }
    }

    private static boolean isDatabase(String name) {
        return name.endsWith(DatabaseFile.H2_SUFFIX);
    }
}
