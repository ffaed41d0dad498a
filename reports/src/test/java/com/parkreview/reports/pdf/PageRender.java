package com.parkreview.reports.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages drawn as images by PDFBox, as a reader of the file sees them. */
public final class PageRender {

    private PageRender() {
    }

    /** Pages {@code from} to {@code to} (1-based, both included) at the resolution given. */
    public static List<BufferedImage> pages(byte[] pdf, int from, int to, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int page = from - 1; page < Math.min(to, document.getNumberOfPages()); page++) {
                pages.add(renderer.renderImageWithDPI(page, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<BufferedImage> pages(byte[] pdf, float dpi) {
        return pages(pdf, 1, Integer.MAX_VALUE, dpi);
    }

    /** The pages numbered (1-based), in that order, at the resolution given. */
    public static List<BufferedImage> pages(byte[] pdf, List<Integer> numbers, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int page : numbers) {
                pages.add(renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
