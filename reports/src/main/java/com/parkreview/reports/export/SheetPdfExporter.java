package com.parkreview.reports.export;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.PrintPageFormat;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocument;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * Jasper's PDF exporter with two mends. The running head and foot of a sheet (its text elements
 * with the property {@link #ARTIFACT}) are marked as artifacts in a tagged file, so that a screen
 * reader reads a sheet's content once, in order, and a table's rows stay together in the structure.
 * And the Producer is written as Unicode text: OpenPDF writes it in PDFDocEncoding, which drops
 * every Chinese character ("ParkReview " for "ParkReview 园区运营评审 1.0.0"), in the document
 * information and, read from there, in the PDF/A metadata.
 */
final class SheetPdfExporter extends JRPdfExporter {

    /**
     * A text element's property: the text is page furniture (running head, page number), not
     * content. Named under {@code net.sf.jasperreports.export.}, the prefix Jasper copies from a
     * template's element to the filled sheet's.
     */
    static final String ARTIFACT = "net.sf.jasperreports.export.pdf.parkreview.artifact";

    SheetPdfExporter(JasperReportsContext context) {
        super(context);
        tagHelper = new ArtifactTags(this);
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ClassicPdfProducer(createPdfProducerContext()) {
            @Override
            public PdfDocument createDocument(PrintPageFormat pageFormat) {
                return new UnicodeProducer(super.createDocument(pageFormat), this);
            }
        };
    }

    private static final class ArtifactTags extends JRPdfExporterTagHelper {
        private static final PdfName ARTIFACT_TAG = new PdfName("Artifact");

        ArtifactTags(JRPdfExporter exporter) {
            super(exporter);
        }

        @Override
        protected void startText(JRPrintText text, String actualText) {
            if (isTagged && text.hasProperties() && text.getPropertiesMap().containsProperty(ARTIFACT)) {
                // ended as any text is: endText() closes the marked content
                ((ClassicPdfProducer) pdfProducer).getPdfContentByte().beginMarkedContentSequence(ARTIFACT_TAG);
            } else {
                super.startText(text, actualText);
            }
        }
    }

    /** The document as Jasper fills in its information, the Producer as Unicode text. */
    private record UnicodeProducer(PdfDocument document, ClassicPdfProducer producer) implements PdfDocument {

        @Override
        public void addProducer(String text) {
            producer.getPdfWriter().getInfo().put(PdfName.PRODUCER, new PdfString(text, PdfObject.TEXT_UNICODE));
        }

        @Override
        public void addTitle(String title) {
            document.addTitle(title);
        }

        @Override
        public void addAuthor(String author) {
            document.addAuthor(author);
        }

        @Override
        public void addSubject(String subject) {
            document.addSubject(subject);
        }

        @Override
        public void addKeywords(String keywords) {
            document.addKeywords(keywords);
        }

        @Override
        public void addCreator(String creator) {
            document.addCreator(creator);
        }

        @Override
        public void open() {
            document.open();
        }
    }
}
