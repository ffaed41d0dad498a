package com.parkreview.reports.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every JRXML template of a folder to {@code .jasper} at build time (Maven's
 * {@code process-classes}), so that the application never compiles a report at run time.
 * Usage: {@code TemplateCompiler SOURCE_DIR OUTPUT_DIR}. A template that does not compile fails
 * the build, naming the file.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TemplateCompiler SOURCE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml templates in " + source);
        }
        long start = System.nanoTime();
        for (Path template : templates) {
            compile(template, output.resolve(template.getFileName().toString().replace(".jrxml", ".jasper")));
        }
        System.out.printf("compiled %d report templates into %s in %d ms%n", templates.size(), output,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void compile(Path template, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(template); OutputStream out = Files.newOutputStream(target)) {
            JasperCompileManager.compileReportToStream(in, out);
        } catch (JRException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw new IllegalStateException("template " + template + " does not compile: " + e.getMessage(), e);
        }
    }
}
