package com.parkreview.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's logical structure as a screen reader walks it: the structure elements in the
 * tree's order, each with its standard type (after the role map) and the text of the marked
 * content it owns, read from the pages by marked-content id.
 */
public final class PdfStructure {

    /** A structure element: its standard type, its own type, its text and its children, in order. */
    public record Node(String type, String ownType, String text, List<Node> children) {

        /** Every node of this subtree, this one first, in reading order. */
        public List<Node> all() {
            List<Node> nodes = new ArrayList<>();
            nodes.add(this);
            children.forEach(child -> nodes.addAll(child.all()));
            return nodes;
        }

        public List<Node> find(Predicate<Node> which) {
            return all().stream().filter(which).toList();
        }

        /** This element's text with its descendants', white space removed. */
        public String deepText() {
            StringBuilder text = new StringBuilder(text());
            children.forEach(child -> text.append(child.deepText()));
            return PdfRuns.compact(text.toString());
        }
    }

    /** The document's structure, or {@code null} text fields when untagged; with its catalog's flags. */
    public record Tree(boolean marked, String language, Node root) {
    }

    private PdfStructure() {
    }

    public static Tree of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            boolean marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            if (root == null) {
                return new Tree(marked, catalog.getLanguage(), null);
            }
            Map<COSDictionary, Map<Integer, String>> texts = McidTexts.of(document);
            List<Node> children = new ArrayList<>();
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureElement element) {
                    children.add(node(element, null, texts));
                }
            }
            return new Tree(marked, catalog.getLanguage(), new Node("StructTreeRoot", "StructTreeRoot", "", children));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(PDStructureElement element, PDPage inherited, Map<COSDictionary, Map<Integer, String>> texts)
            throws IOException {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        StringBuilder text = new StringBuilder();
        List<Node> children = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                children.add(node(child, page, texts));
            } else if (kid instanceof Integer mcid && page != null) {
                text.append(textsOf(page, texts).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    text.append(textsOf(on, texts).getOrDefault(reference.getMCID(), ""));
                }
            }
        }
        String standard = element.getStandardStructureType();
        return new Node(standard == null ? element.getStructureType() : standard, element.getStructureType(),
                text.toString(), children);
    }

    private static Map<Integer, String> textsOf(PDPage page, Map<COSDictionary, Map<Integer, String>> texts) {
        return texts.getOrDefault(page.getCOSObject(), Map.of());
    }

    /** The text of every marked-content sequence with an id, page by page, in one pass over the file. */
    private static final class McidTexts extends PDFTextStripper {
        private final Map<COSDictionary, Map<Integer, String>> texts = new HashMap<>();
        private final Deque<Integer> open = new ArrayDeque<>();
        private COSDictionary page;

        McidTexts() throws IOException {
            setSortByPosition(false);
        }

        static Map<COSDictionary, Map<Integer, String>> of(PDDocument document) throws IOException {
            McidTexts collector = new McidTexts();
            collector.getText(document);
            return collector.texts;
        }

        @Override
        protected void startPage(PDPage current) throws IOException {
            page = current.getCOSObject();
            open.clear();
            super.startPage(current);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
            open.push(mcid >= 0 ? mcid : open.isEmpty() ? -1 : open.peek());
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!open.isEmpty()) {
                open.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!open.isEmpty() && open.peek() >= 0) {
                texts.computeIfAbsent(page, p -> new HashMap<>()).merge(open.peek(), text.getUnicode(), String::concat);
            }
            super.processTextPosition(text);
        }
    }
}
