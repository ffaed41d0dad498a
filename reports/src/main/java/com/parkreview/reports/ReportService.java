package com.parkreview.reports;

import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.SessionHeader;
import com.parkreview.reports.data.SignInList;
import com.parkreview.reports.export.PageImages;
import com.parkreview.reports.export.PdfExport;
import com.parkreview.reports.export.Printing;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.PanelSummaryReport;
import com.parkreview.reports.fill.ResultsReport;
import com.parkreview.reports.fill.ScoreSheetReport;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.reports.fill.SignInReport;
import com.parkreview.reports.fill.Templates;
import com.parkreview.reports.fonts.BundledFont;
import com.parkreview.reports.workbook.ResultsWorkbook;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reports module's one door: fill the formal sheets from plain data, export them (PDF,
 * PDF/A-2a, XLSX, page images), print them, and make a session's whole pack. The templates are
 * compiled at build time; filling and exporting a one-page sheet takes milliseconds.
 */
public final class ReportService {

    /**
     * Does the one-time work now: loads the compiled templates, sets up the bundled font for
     * filling and for PDF, and fills and exports (to nowhere) one blank sheet of a placeholder
     * applicant, so that the engine's code is loaded and compiled. Call it on a background thread
     * at start-up, so that the user's first sheet comes about as fast as the next ones. Not needed
     * for correctness.
     */
    public void preload() {
        Templates.preload();
        PdfExport.preload();
        FilledSheet sample = blankSheet(WarmUp.HEADER, ProgrammeSettings.SHIJINGSHAN, WarmUp.APPLICANT);
        PdfExport.pdf(List.of(sample.print()), DocumentInfo.of(sample.name(), Optional.empty(), List.of(sample)),
                OutputStream.nullOutputStream());
    }

    public FilledSheet blankSheet(SessionHeader header, ProgrammeSettings settings, Applicant applicant) {
        return ScoreSheetReport.blank(header, settings, applicant);
    }

    public FilledSheet expertSheet(SessionHeader header, ProgrammeSettings settings, Applicant applicant, Expert expert,
            ScoreSheet sheet) {
        return ScoreSheetReport.expert(header, settings, applicant, expert, sheet);
    }

    public FilledSheet panelSummary(PanelSummary summary, ProgrammeSettings settings) {
        return PanelSummaryReport.fill(summary, settings);
    }

    public FilledSheet results(ResultsList results, ProgrammeSettings settings) {
        return ResultsReport.fill(results, settings);
    }

    public FilledSheet signIn(SignInList list) {
        return SignInReport.fill(list);
    }

    /**
     * The sheets of a session of the given kinds, in print order: the sign-in sheet; per applicant
     * in defense order its blank sheet, its experts' current sheets (panel order) and its summary;
     * the results last.
     */
    public List<FilledSheet> pack(SessionPack pack, Set<SheetKind> kinds) {
        List<FilledSheet> sheets = new ArrayList<>();
        if (kinds.contains(SheetKind.SIGN_IN)) {
            sheets.add(signIn(pack.signIn()));
        }
        for (PanelSummary summary : pack.summaries()) {
            if (kinds.contains(SheetKind.BLANK_SHEET)) {
                sheets.add(blankSheet(summary.header(), pack.settings(), summary.applicant()));
            }
            if (kinds.contains(SheetKind.EXPERT_SHEET)) {
                for (Expert expert : summary.validExperts()) {
                    // the sheet's own round, as when it is printed alone: the same paper has one code
                    ScoreSheet sheet = summary.sheetOf(expert.id());
                    sheets.add(expertSheet(summary.header().withRound(sheet.round()), pack.settings(),
                            summary.applicant(), expert, sheet));
                }
            }
            if (kinds.contains(SheetKind.PANEL_SUMMARY)) {
                sheets.add(panelSummary(summary, pack.settings()));
            }
        }
        if (kinds.contains(SheetKind.RESULTS)) {
            sheets.add(results(pack.results(), pack.settings()));
        }
        return sheets;
    }

    /**
     * Sheets into one PDF, fonts embedded, tagged, a bookmark per sheet; its properties name the
     * sheets' codes ({@link DocumentInfo#of}).
     */
    public void exportPdf(List<FilledSheet> sheets, DocumentInfo info, OutputStream out) {
        PdfExport.pdf(prints(sheets), info, out);
    }

    /** Sheets into one PDF/A-2a file for archiving: tagged as {@link #exportPdf} makes it, PDF/A-2b besides. */
    public void exportPdfA(List<FilledSheet> sheets, DocumentInfo info, OutputStream out) {
        PdfExport.pdfA(prints(sheets), info, out);
    }

    /** Writes one file whole; the application's writer replaces it in one step. */
    @FunctionalInterface
    public interface FileSink {
        void write(Path file, Content content) throws IOException;

        /** The file's content. */
        @FunctionalInterface
        interface Content {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    /**
     * Each sheet into its own PDF (PDF/A-2a when {@code pdfA}) in the folder, numbered in print
     * order, titled with the sheet's name, through {@code sink}; returns the files.
     */
    public List<Path> exportEachPdf(List<FilledSheet> sheets, Path folder, boolean pdfA, Optional<String> author,
            FileSink sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            int number = 0;
            for (FilledSheet sheet : sheets) {
                number++;
                Path file = folder.resolve(String.format(Locale.ROOT, "%03d_%s.pdf", number, sheet.name()));
                DocumentInfo info = DocumentInfo.of(sheet.name(), author, List.of(sheet));
                if (pdfA) {
                    sink.write(file, out -> PdfExport.pdfA(List.of(sheet.print()), info, out));
                } else {
                    sink.write(file, out -> PdfExport.pdf(List.of(sheet.print()), info, out));
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The session's results as one workbook ({@link ResultsWorkbook}): data sheets of the results,
     * every expert's scores and the flags, and the results sheet as printed, with its code.
     *
     * @param results the results sheet of the pack, as made for output (its code recorded)
     */
    public void exportWorkbook(SessionPack pack, FilledSheet results, DocumentInfo info, OutputStream out) {
        ResultsWorkbook.write(pack, results, info, out);
    }

    /** The sheet's pages as images for the preview; zoom 1 is 72 dpi. */
    public List<BufferedImage> pageImages(FilledSheet sheet, float zoom) {
        return PageImages.pages(sheet.print(), zoom);
    }

    /** How many pages the filled sheet has. */
    public int pageCount(FilledSheet sheet) {
        return sheet.print().getPages().size();
    }

    /** One page of the filled sheet as an image (zoom 1: 72 dots per inch), for a preview that draws what it shows. */
    public BufferedImage pageImage(FilledSheet sheet, int page, float zoom) {
        return PageImages.page(sheet.print(), page, zoom);
    }

    /**
     * Whether this computer has a printer to print to (a borrowed laptop at the venue often has none,
     * which the print dialog told as an unexpected error: a tester's round 17).
     */
    public boolean printerAvailable() {
        return javax.print.PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }

    /** Prints through the system's print dialog; false when the user cancels. */
    public boolean print(FilledSheet sheet) {
        return Printing.withDialog(sheet.print());
    }

    /** The bundled CJK font (TrueType), for a client on a system without one; the caller closes it. */
    public InputStream bundledFont() {
        return BundledFont.open();
    }

    private static List<net.sf.jasperreports.engine.JasperPrint> prints(List<FilledSheet> sheets) {
        return sheets.stream().map(FilledSheet::print).toList();
    }
}
