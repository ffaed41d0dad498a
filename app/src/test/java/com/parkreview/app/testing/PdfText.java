package com.parkreview.app.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF ParkReview wrote says, read back with PDFBox as a reader of the file would. */
public final class PdfText {

    private static final Pattern PRINTED_CODE = Pattern.compile("校验码\\s*[:：]?\\s*([0-9a-f]{12})");

    private PdfText() {
    }

    public static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every verification code (校验码) printed in the PDF, in page order, each once. */
    public static List<String> printedCodes(Path pdf) throws IOException {
        Matcher matcher = PRINTED_CODE.matcher(of(pdf));
        List<String> codes = new ArrayList<>();
        while (matcher.find()) {
            if (!codes.contains(matcher.group(1))) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }
}
