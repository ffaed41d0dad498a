package com.parkreview.reports.fonts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.export.PdfExport;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.SheetPdf;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Jasper with a font it does not know as an extension falls back to Helvetica and drops every
 * Chinese character without a word. These tests check each sheet for exactly that: the Chinese
 * title is in the text, and the only font is the embedded WenQuanYi face.
 */
class EmbeddedFontTest {

    private static final List<FilledSheet> ONE_OF_EACH = oneOfEachKind();

    @ParameterizedTest
    @EnumSource(SheetKind.class)
    void everySheetIsSetInTheEmbeddedWenQuanYiFaceAndItsChineseTitleIsInTheText(SheetKind kind) {
        FilledSheet sheet = ONE_OF_EACH.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
        PdfText pdf = PdfText.of(SheetPdf.export(sheet));
        assertChineseSetInTheBundledFont(pdf, kind.title());
    }

    @Test
    void theCheckCatchesASheetSetInAFontJasperFallsBackFrom() throws Exception {
        JasperDesign design = new JasperDesign();
        design.setName("fallback");
        JRDesignBand title = new JRDesignBand();
        title.setHeight(40);
        JRDesignStaticText text = new JRDesignStaticText();
        text.setText("专家评分表");
        text.setFontName("SansSerif");
        text.setWidth(200);
        text.setHeight(30);
        title.addElement(text);
        design.setTitle(title);
        JasperPrint print = JasperFillManager.fillReport(JasperCompileManager.compileReport(design), null,
                new JREmptyDataSource());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.pdf(List.of(print), new DocumentInfo("fallback", "", Optional.empty(), ""), out);
        PdfText pdf = PdfText.of(out.toByteArray());
        assertFalse(pdf.all().contains("专家评分表"), "Helvetica has no Chinese: the title is gone");
        assertThrows(AssertionError.class, () -> assertChineseSetInTheBundledFont(pdf, "专家评分表"));
    }

    static void assertChineseSetInTheBundledFont(PdfText pdf, String chineseTitle) {
        if (!pdf.all().contains(chineseTitle)) {
            throw new AssertionError("the Chinese title " + chineseTitle + " is not in the text:\n" + pdf.all());
        }
        Set<String> names = pdf.fonts().stream().map(PdfText.PdfFont::name).collect(Collectors.toSet());
        for (PdfText.PdfFont font : pdf.fonts()) {
            if (!font.name().endsWith("+WenQuanYiMicroHei") || !font.embedded() || !font.trueTypeFile()) {
                throw new AssertionError("a font other than the embedded WenQuanYi face: " + names);
            }
        }
        assertTrue(!pdf.fonts().isEmpty());
    }

    private static List<FilledSheet> oneOfEachKind() {
        List<FilledSheet> pack = new ReportService().pack(RealisticSession.pack(), EnumSet.allOf(SheetKind.class));
        return EnumSet.allOf(SheetKind.class).stream()
                .map(kind -> pack.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow())
                .toList();
    }
}
