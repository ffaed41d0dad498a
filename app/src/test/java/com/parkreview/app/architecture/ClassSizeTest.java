package com.parkreview.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes (STYLE 20): no source file of the three modules' {@code src/main/java} is longer
 * than {@value #MAX_LINES} lines. A longer one is split by responsibility, not squeezed.
 */
class ClassSizeTest {

    static final int MAX_LINES = 300;

    /** The modules' sources, seen from the app module's folder (where Maven runs its tests). */
    static final List<Path> SOURCES = List.of(
            Path.of("..", "scoring-model", "src", "main", "java"),
            Path.of("..", "reports", "src", "main", "java"),
            Path.of("src", "main", "java"));

    @Test
    void noSourceFileIsLongerThanThreeHundredLines() {
        List<String> tooLong = SOURCES.stream().flatMap(ClassSizeTest::javaFiles)
                .filter(file -> lines(file) > MAX_LINES)
                .map(file -> file.normalize() + " (" + lines(file) + " lines)")
                .sorted().toList();
        assertEquals(List.of(), tooLong, "longer than " + MAX_LINES + " lines: split by responsibility");
    }

    @Test
    void everyModuleIsLookedAt() {
        for (Path source : SOURCES) {
            assertTrue(Files.isDirectory(source), source.toAbsolutePath() + " is not a folder: run from the app module");
            assertTrue(javaFiles(source).findAny().isPresent(), "no Java file under " + source.toAbsolutePath());
        }
    }

    static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
