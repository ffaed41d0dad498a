package com.parkreview.reports.export;

import com.parkreview.reports.DocumentInfo;
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
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * Sheets to PDF: one or many filled sheets into one file, the fonts embedded, tagged (a structure
 * tree in reading order, language zh-CN; the results table as a table), with the file's properties
 * ({@link DocumentInfo}). For archiving, PDF/A-2a: PDF/A-2b and the logical structure the tagging
 * gives. Jasper writes the PDF/A identification in the XMP metadata and an sRGB output intent (the
 * JDK's profile); the fonts are embedded anyway.
 */
public final class PdfExport {

    /**
     * Lines break where Jasper measured them, by the line-breaking rules of the text's language
     * (Java's line BreakIterator: in Chinese no line starts with closing punctuation such as ）or 。
     * and none ends with an opening one such as （), also where OpenPDF would otherwise break a line
     * it finds a little too wide anywhere between two Chinese characters.
     */
    private static final SimplePdfReportConfiguration LINE_BREAKS = new SimplePdfReportConfiguration();

    static {
        LINE_BREAKS.setForceLineBreakPolicy(Boolean.TRUE);
    }

    private PdfExport() {
    }

    /** Sets up the bundled font in the PDF library now (it reads the 4.6 MB file once). Idempotent. */
    public static void preload() {
        PdfFontOptions.prepare();
    }

    public static void pdf(List<JasperPrint> prints, DocumentInfo info, OutputStream out) {
        export(new SheetPdfExporter(DefaultJasperReportsContext.getInstance()), prints, configuration(info), out);
    }

    public static void pdfA(List<JasperPrint> prints, DocumentInfo info, OutputStream out) {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setExtensions(RepositoryService.class, List.of(new SrgbProfileRepository()));
        SimplePdfExporterConfiguration configuration = configuration(info);
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setIccProfilePath(SrgbProfileRepository.LOCATION);
        configuration.setEmbedIccProfile(Boolean.TRUE);
        export(new SheetPdfExporter(context), prints, configuration, out);
    }

    private static SimplePdfExporterConfiguration configuration(DocumentInfo info) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(info.title());
        configuration.setMetadataSubject(info.subject());
        info.author().ifPresent(configuration::setMetadataAuthor);
        configuration.setMetadataKeywords(info.keywords());
        configuration.setMetadataCreator(DocumentInfo.PRODUCER);
        configuration.setMetadataProducer(DocumentInfo.PRODUCER);
        configuration.setDisplayMetadataTitle(Boolean.TRUE);
        configuration.setTagged(Boolean.TRUE);
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
        exporter.setConfiguration(LINE_BREAKS);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("PDF export failed: " + e.getMessage(), e);
        }
    }
}
