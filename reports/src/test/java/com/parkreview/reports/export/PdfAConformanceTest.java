package com.parkreview.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.SheetPdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archive export checked by veraPDF, the reference PDF/A validator, against PDF/A-2b. */
class PdfAConformanceTest {

    @BeforeAll
    static void startValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void archivePackIsValidPdfA2b() throws Exception {
        List<FilledSheet> sheets = new ReportService().pack(RealisticSession.pack(), EnumSet.allOf(SheetKind.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportService().exportPdfA(sheets, RealisticSession.HEADER.sessionName(), out);
        SheetPdf.keep("pack-pdfa.pdf", out.toByteArray());
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.toByteArray()));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertEquals(PDFAFlavour.PDFA_2_B, parser.getFlavour(), "the file says it is PDF/A-2b");
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), failures);
        }
    }
}
