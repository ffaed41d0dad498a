package com.parkreview.reports.pdf;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.export.PdfExport;
import com.parkreview.reports.fill.FilledSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sheet exported to PDF for a test, also kept under {@code target/sheets/} so that a person can
 * look at what the tests printed.
 */
public final class SheetPdf {

    private static final Path KEPT = Path.of("target", "sheets");

    private SheetPdf() {
    }

    public static byte[] export(FilledSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.pdf(List.of(sheet.print()), DocumentInfo.of(sheet.name(), Optional.empty(), List.of(sheet)), out);
        byte[] pdf = out.toByteArray();
        keep(sheet.name() + ".pdf", pdf);
        return pdf;
    }

    public static void keep(String fileName, byte[] pdf) {
        try {
            Files.createDirectories(KEPT);
            Files.write(KEPT.resolve(fileName), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
