package com.parkreview.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as it was drawn, in the order of its content streams, without what is marked
 * as an artifact (the running head and foot): each element's text is whole there (Jasper draws
 * one text element after another), and each printed line is a run of glyphs on one baseline, side
 * by side. A cell's lines are separate runs; two cells on one line are separate runs too (their
 * padding leaves a gap).
 */
public final class PdfRuns {

    /** A gap wider than this between two glyphs on a baseline is the space between two cells. */
    private static final float CELL_GAP = 1.5f;

    private final List<String> runs;

    private PdfRuns(List<String> runs) {
        this.runs = List.copyOf(runs);
    }

    /** The runs of pages {@code from} to {@code to}, both 1-based and included. */
    public static PdfRuns of(byte[] pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return of(document, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runs of pages {@code from} to {@code to} of a document already open. */
    public static PdfRuns of(PDDocument document, int from, int to) {
        try {
            Collector collector = new Collector();
            collector.setStartPage(from);
            collector.setEndPage(to);
            collector.getText(document);
            return new PdfRuns(collector.runs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every printed line, in the order drawn. */
    public List<String> runs() {
        return runs;
    }

    /** All the text in the order drawn, white space (also 　) removed: a text wrapped over lines reads whole. */
    public String compact() {
        return compact(String.join("", runs));
    }

    /** The text without any white space, ideographic space included. */
    public static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final class Collector extends PDFTextStripper {
        private final List<TextPosition> positions = new ArrayList<>();
        private final Deque<Boolean> artifacts = new ArrayDeque<>();

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            artifacts.push(COSName.ARTIFACT.equals(tag) || (!artifacts.isEmpty() && artifacts.peek()));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!artifacts.isEmpty()) {
                artifacts.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (artifacts.isEmpty() || !artifacts.peek()) {
                positions.add(text);
            }
            super.processTextPosition(text);
        }

        List<String> runs() {
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            TextPosition previous = null;
            for (TextPosition p : positions) {
                if (previous != null && !sameRun(previous, p)) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
                run.append(p.getUnicode());
                previous = p;
            }
            if (!run.isEmpty()) {
                runs.add(run.toString());
            }
            return runs;
        }

        private static boolean sameRun(TextPosition a, TextPosition b) {
            float end = a.getXDirAdj() + a.getWidthDirAdj();
            return Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5f
                    && b.getXDirAdj() > end - 1f && b.getXDirAdj() < end + CELL_GAP;
        }
    }
}
