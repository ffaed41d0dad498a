package com.parkreview.reports.export;

import java.io.OutputStream;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * Sheets to PDF: one or many filled sheets into one file, the fonts embedded. For archiving,
 * PDF/A-2b: Jasper writes the PDF/A identification in the XMP metadata and an sRGB output intent
 * (the JDK's profile); the fonts are embedded anyway.
 */
public final class PdfExport {

    private static final String CREATOR = "ParkReview 园区运营评审";

    private PdfExport() {
    }

    /** Sets up the bundled font in the PDF library now (it reads the 4.6 MB file once). Idempotent. */
    public static void preload() {
        PdfFontOptions.prepare();
    }

    public static void pdf(List<JasperPrint> prints, String title, OutputStream out) {
        export(new JRPdfExporter(), prints, configuration(title), out);
    }

    public static void pdfA2b(List<JasperPrint> prints, String title, OutputStream out) {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setExtensions(RepositoryService.class, List.of(new SrgbProfileRepository()));
        SimplePdfExporterConfiguration configuration = configuration(title);
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setIccProfilePath(SrgbProfileRepository.LOCATION);
        configuration.setEmbedIccProfile(Boolean.TRUE);
        export(new JRPdfExporter(context), prints, configuration, out);
    }

    private static SimplePdfExporterConfiguration configuration(String title) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator(CREATOR);
        configuration.setMetadataProducer(CREATOR);
        configuration.setDisplayMetadataTitle(Boolean.TRUE);
        configuration.setTagLanguage("zh-CN");
        configuration.setCreatingBatchModeBookmarks(Boolean.TRUE);
        return configuration;
    }

    private static void export(JRPdfExporter exporter, List<JasperPrint> prints, SimplePdfExporterConfiguration
            configuration, OutputStream out) {
        if (prints.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        PdfFontOptions.prepare();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("PDF export failed: " + e.getMessage(), e);
        }
    }
}
