package com.parkreview.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.QrCodes;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.reports.verify.SheetCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    private static final ReportService SERVICE = new ReportService();
    private static final SessionPack PACK = RealisticSession.pack();
    private static final List<FilledSheet> SHEETS = SERVICE.pack(PACK, EnumSet.allOf(SheetKind.class));

    @Test
    void packHoldsEverySheetInPrintOrder() {
        List<String> expected = new ArrayList<>(List.of("专家签到表"));
        for (String applicant : List.of("A01", "A02", "A03", "A04", "A05", "A06")) {
            expected.add("评分表_" + applicant);
            for (String expert : List.of("E1", "E2", "E3", "E4", "E5")) {
                if (applicant.equals("A02") && expert.equals("E4")) {
                    continue;
                }
                expected.add("专家评分表_" + applicant + "_" + expert + (applicant.equals("A03") && expert.equals("E5") ? "_r2" : ""));
            }
            expected.add("专家组评分汇总表_" + applicant);
        }
        expected.add("评审结果汇总表");
        assertEquals(expected, SHEETS.stream().map(FilledSheet::name).toList());
    }

    @Test
    void anExpertSheetInThePackHasTheCodeItHasWhenPrintedAlone() {
        PanelSummary a03 = PACK.summaries().get(2);
        ScoreSheet reReviewed = a03.sheetOf("E5");
        assertEquals(1, a03.header().round(), "the fixture's session head says round 1");
        assertEquals(2, reReviewed.round());
        FilledSheet alone = SERVICE.expertSheet(a03.header().withRound(2), PACK.settings(), a03.applicant(),
                RealisticSession.expert("E5"), reReviewed);
        FilledSheet inPack = SHEETS.stream().filter(s -> s.name().equals("专家评分表_A03_E5_r2")).findFirst().orElseThrow();
        assertEquals(alone.code(), inPack.code());
        assertTrue(inPack.canonicalText().contains("\nsession.round=2\n"), inPack.canonicalText());
    }

    @Test
    void everySheetCarriesTheCanonicalTextItsCodeIsTheHashOf() {
        for (FilledSheet sheet : SHEETS) {
            assertEquals(sheet.code(), SheetCode.ofText(sheet.canonicalText()), sheet.name());
        }
        FilledSheet first = SHEETS.get(0);
        assertThrows(IllegalArgumentException.class, () -> new FilledSheet(first.kind(), first.name(), first.code(),
                first.canonicalText() + "opinion=changed\n", first.print()));
    }

    @Test
    void packOfChosenKindsHoldsOnlyThose() {
        List<FilledSheet> summaries = SERVICE.pack(PACK, EnumSet.of(SheetKind.PANEL_SUMMARY, SheetKind.RESULTS));
        assertEquals(7, summaries.size());
    }

    @Test
    void onePdfHoldsEveryPageOfThePackWithABookmarkPerSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SERVICE.exportPdf(SHEETS, DocumentInfo.of(RealisticSession.HEADER.sessionName(), Optional.empty(), SHEETS), out);
        SheetPdf.keep("pack.pdf", out.toByteArray());
        int pages = SHEETS.stream().mapToInt(FilledSheet::pages).sum();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pages, document.getNumberOfPages());
            int bookmarks = 0;
            for (var item = document.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null;
                    item = item.getNextSibling()) {
                bookmarks++;
            }
            assertEquals(SHEETS.size(), bookmarks);
        }
    }

    @Test
    void eachSheetCanGoToItsOwnNumberedFile(@TempDir Path folder) throws IOException {
        List<Path> files = SERVICE.exportEachPdf(SHEETS, folder, false, Optional.empty(), (file, content) -> {
            try (var out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
        });
        assertEquals(SHEETS.size(), files.size());
        assertEquals("001_专家签到表.pdf", files.get(0).getFileName().toString());
        assertEquals("043_评审结果汇总表.pdf", files.get(42).getFileName().toString());
        assertTrue(PdfText.of(Files.readAllBytes(files.get(42))).all().contains("评审结果汇总表（拟支持名单）"));
    }

    @Test
    void pdfAIsMarkedPdfA2bWithAnSrgbOutputIntentAndEmbeddedFonts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SERVICE.exportPdfA(SHEETS.subList(0, 3), DocumentInfo.of("归档", Optional.empty(), SHEETS.subList(0, 3)), out);
        SheetPdf.keep("pdfa.pdf", out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertTrue(xmp.contains("pdfaid:conformance>A<") || xmp.contains("pdfaid:conformance=\"A\""), xmp);
            assertEquals(1, catalog.getOutputIntents().size());
            assertNotNull(catalog.getOutputIntents().get(0).getDestOutputIntent());
        }
        PdfText pdf = PdfText.of(out.toByteArray());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.embedded() && f.name().endsWith("WenQuanYiMicroHei")));
        assertTrue(pdf.all().contains("专家签到表"));
    }

    @Test
    void previewDrawsEachPageAtTheZoomWithItsQrCode() {
        FilledSheet summary = SHEETS.stream().filter(s -> s.name().equals("专家组评分汇总表_A03")).findFirst().orElseThrow();
        List<BufferedImage> pages = SERVICE.pageImages(summary, 2f);
        assertEquals(summary.pages(), pages.size());
        assertEquals(842 * 2, pages.get(0).getWidth());
        assertEquals(595 * 2, pages.get(0).getHeight());
        assertEquals(summary.code().qrText(), QrCodes.readTopRight(pages.get(0), 200));
    }

    @Test
    void sheetsCanBeFilledOnSeveralThreadsAtOnce() throws Exception {
        List<PanelSummary> summaries = PACK.summaries();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FilledSheet>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (PanelSummary summary : summaries) {
                    futures.add(pool.submit(() -> SERVICE.panelSummary(summary, RealisticSession.SETTINGS)));
                    futures.add(pool.submit(() -> SERVICE.blankSheet(summary.header(), RealisticSession.SETTINGS,
                            summary.applicant())));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                FilledSheet sheet = futures.get(i).get();
                FilledSheet sequential = SHEETS.stream().filter(s -> s.name().equals(sheet.name())).findFirst().orElseThrow();
                assertEquals(sequential.code(), sheet.code());
                assertEquals(sequential.pages(), sheet.pages());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The engine's own classes: filling (Jasper) and PDF (Jasper's exporter, OpenPDF). */
    private static final String[] ENGINE = {"net.sf.jasperreports.", "com.lowagie.", "org.openpdf."};

    /**
     * In a class loader of its own, as at a start: the preload, given no data, loads the engine
     * for filling and for PDF; a second has nothing left to do; and the user's first sheet then
     * needs no engine class the preload did not load.
     */
    @Test
    void preloadDoesTheOneTimeWorkWithoutAnyData() throws Exception {
        try (IsolatedClasses classes = new IsolatedClasses()) {
            String probe = PreloadProbe.class.getName();
            Set<String> preloaded = classes.loadedBy(probe, "preload", ENGINE);
            assertTrue(preloaded.stream().anyMatch(name -> name.startsWith("net.sf.jasperreports.engine.fill.")),
                    "the filler is loaded");
            assertTrue(preloaded.stream().anyMatch(name -> name.startsWith("net.sf.jasperreports.pdf.")),
                    "the PDF exporter is loaded");
            assertEquals(Set.of(), classes.loadedBy(probe, "preload", ENGINE), "a second preload has work left");
            assertEquals(Set.of(), classes.loadedBy(probe, "firstSheet", ENGINE), "left for the first sheet");
        }
    }

    @Test
    void bundledFontIsOfferedToTheClient() throws IOException {
        try (var in = SERVICE.bundledFont()) {
            byte[] head = in.readNBytes(4);
            assertEquals(List.of(0, 1, 0, 0), List.of((int) head[0], (int) head[1], (int) head[2], (int) head[3]),
                    "a TrueType file starts with version 1.0");
        }
    }
}
