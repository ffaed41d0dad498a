package com.parkreview.reports.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** What a PDF says, as PDFBox reads it: its text page by page, line by line, and its fonts. */
public final class PdfText {

    private final List<String> pages;
    private final List<PdfFont> fonts;

    private PdfText(List<String> pages, List<PdfFont> fonts) {
        this.pages = pages;
        this.fonts = fonts;
    }

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            List<PdfFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor()
                            : font.getFontDescriptor();
                    fonts.add(new PdfFont(font.getName(), font.isEmbedded(),
                            descriptor != null && descriptor.getFontFile2() != null));
                }
            }
            return new PdfText(pages, fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in a vertical strip of a page ({@code x} and {@code width} in points from the left
     * edge), white space removed: a table column read top to bottom, its wrapped lines joined.
     */
    public static String column(byte[] pdf, int oneBasedPage, float x, float width) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(oneBasedPage - 1);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("column", new Rectangle2D.Float(x, 0, width, page.getMediaBox().getHeight()));
            stripper.extractRegions(page);
            return stripper.getTextForRegion("column").replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String all() {
        return String.join("\n", pages);
    }

    public String page(int oneBased) {
        return pages.get(oneBased - 1);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The text with every kind of white space removed: for Chinese text that may wrap anywhere. */
    public String compact() {
        return all().replaceAll("\\s+", "");
    }

    /**
     * The text of the pages without their running heads and feet, white space removed, pages
     * joined: what flows from page to page reads as one. The foot is the line starting
     * {@code 校验码：}; every page after the first starts with a running head.
     */
    public String bodyText() {
        StringBuilder body = new StringBuilder();
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            lines.stream()
                    .skip(page == 0 ? 0 : 1)
                    .filter(line -> !line.startsWith("校验码："))
                    .forEach(body::append);
        }
        return body.toString().replaceAll("\\s+", "");
    }

    public List<String> lines() {
        return all().lines().map(String::strip).toList();
    }

    /** The first line that starts with the given text. */
    public String lineStartingWith(String start) {
        return lines().stream().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in:\n" + all()));
    }

    public List<PdfFont> fonts() {
        return fonts;
    }

    /** A font a page uses: its PostScript name, whether it is embedded, whether as a TrueType file. */
    public record PdfFont(String name, boolean embedded, boolean trueTypeFile) {
    }
}
