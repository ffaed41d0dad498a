package com.parkreview.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Names that explain (STYLE): a class is named by its simple name under an import, not by its
 * package path written inline in the code. An inline name stays only where two classes of the same
 * simple name meet in one file (the reports' {@code Applicant} beside the store's), which the
 * import list cannot tell apart.
 */
class InlineNamesTest {

    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\w.@\"])((?:java|javafx|com|org)\\.(?:[a-z][a-z0-9_]*\\.)+)([A-Z][A-Za-z0-9_]*)");

    @Test
    void classesAreNamedByTheirImportsNotInline() {
        List<String> inline = ClassSizeTest.SOURCES.stream().flatMap(ClassSizeTest::javaFiles)
                .flatMap(file -> inlineNames(file).stream()).sorted().toList();
        assertEquals(List.of(), inline, "import these, or say why two of the same name meet");
    }

    @Test
    void anInlineNameIsFound() {
        assertEquals(List.of("x.java:3 java.util.List"), inlineNames("x.java", Set.of(), List.of(
                "package a;", "import java.util.Map;", "class X { java.util.List<String> l; // java.util.Set", "}")));
        assertEquals(List.of(), inlineNames("x.java", Set.of("Applicant"), List.of(
                "package a;", "class X { com.b.Applicant a; }")), "a class of the same name beside it: allowed");
    }

    private static List<String> inlineNames(Path file) {
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            Set<String> besides = siblings.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
            return inlineNames(file.normalize().toString(), besides, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inline names of one file whose package holds {@code besides}, as "file:line name". */
    static List<String> inlineNames(String file, Set<String> besides, List<String> lines) {
        Set<String> imported = lines.stream().filter(l -> l.startsWith("import ") && !l.startsWith("import static"))
                .map(l -> l.substring(7, l.length() - 1)).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("/*")) {
                inComment = !line.endsWith("*/");
                continue;
            }
            if (inComment) {
                inComment = !line.endsWith("*/");
                continue;
            }
            if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")) {
                continue;
            }
            String code = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "");
            Matcher m = INLINE.matcher(code);
            while (m.find()) {
                String simple = m.group(2);
                String name = m.group(1) + simple;
                boolean clash = besides.contains(simple) || imported.stream()
                        .anyMatch(other -> other.endsWith("." + simple) && !other.equals(name));
                if (!clash) {
                    found.add(file + ":" + (i + 1) + " " + name);
                }
            }
        }
        return found;
    }
}
