package com.parkreview.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fixture.RenderedPacks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archive export checked by veraPDF (its greenfield validator), the reference PDF/A validator,
 * against PDF/A-2a, the level that adds a logical structure (tagged, Unicode text) to PDF/A-2b's:
 * every sheet of the realistic session's pack, and one sheet of each kind as
 * {@code report --pdfa --each} writes it, a file per sheet.
 */
class PdfAConformanceTest {

    @BeforeAll
    static void startValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void everySheetOfTheRealisticPackIsValidPdfA2a() throws Exception {
        assertValidPdfA2a("realistic pack", RenderedPacks.realistic().pdf());
    }

    @Test
    void eachKindOfSheetInItsOwnArchiveFileIsValidPdfA2a(@TempDir Path folder) throws Exception {
        List<FilledSheet> oneOfEachKind = new ArrayList<>();
        for (FilledSheet sheet : RenderedPacks.realistic().sheets()) {
            if (oneOfEachKind.stream().noneMatch(s -> s.kind() == sheet.kind())) {
                oneOfEachKind.add(sheet);
            }
        }
        assertEquals(EnumSet.allOf(com.parkreview.reports.fill.SheetKind.class).size(), oneOfEachKind.size());
        List<Path> files = new ReportService().exportEachPdf(oneOfEachKind, folder, true, Optional.of("周敏"),
                (file, content) -> {
                    try (var out = Files.newOutputStream(file)) {
                        content.writeTo(out);
                    }
                });
        for (Path file : files) {
            assertValidPdfA2a(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }

    private static void assertValidPdfA2a(String name, byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_A, false)) {
            assertEquals(PDFAFlavour.PDFA_2_A, parser.getFlavour(), name + " says it is PDF/A-2a");
            ValidationResult result = validator.validate(parser);
            List<TestAssertion> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED).toList();
            String failures = failed.stream()
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            System.out.printf("veraPDF PDF/A-2a %s: %d checks, %d failed%n", name, result.getTotalAssertions(),
                    failed.size());
            assertTrue(result.isCompliant(), name + ":\n" + failures);
        } catch (IOException e) {
            throw new AssertionError(name + " cannot be read", e);
        }
    }
}
