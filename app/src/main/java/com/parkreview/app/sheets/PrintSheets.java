package com.parkreview.app.sheets;

import com.parkreview.app.AppText;
import com.parkreview.app.files.ResultFile;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.DataMatchesHistory;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Use case: print a stored session's sheets, and save them as a file — the one implementation the
 * window (preview, print, "save as") and the {@code report} command both call. Every sheet made
 * has its verification code recorded ({@link SheetMaker}); a file is written whole, and a write
 * that fails is refused naming the file ({@link ResultFile}).
 */
public final class PrintSheets {

    /** What a file of sheets is written as. */
    public enum Format {
        PDF, PDF_A, XLSX;

        /** The format a file's name asks for: .xlsx, or PDF (PDF/A when asked). */
        public static Format of(Path file, boolean pdfA) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            return pdfA ? PDF_A : PDF;
        }
    }

    /** Sheets made from the stored session, with what became of their codes. */
    public record Printed(StoredSheets stored, SheetRequest request, Printout printout) {

        public List<FilledSheet> sheets() {
            return printout.sheets();
        }

        /** The file properties of these sheets: title, the secretary as author, codes as keywords. */
        public DocumentInfo info() {
            return stored.documentInfo(sheets());
        }
    }

    /** The sheets that show panel scores, tiers or amounts. */
    private static final Set<SheetRequest.Kind> CARRY_RESULTS = EnumSet.of(
            SheetRequest.Kind.RESULTS, SheetRequest.Kind.SUMMARY, SheetRequest.Kind.PACK);

    private final StoreAccess store;
    private final ReportService reports;

    public PrintSheets(StoreAccess store, ReportService reports) {
        this.store = store;
        this.reports = reports;
    }

    /**
     * The sheets asked for, made by the actor from the session as stored today; their codes recorded.
     * Sheets that carry the merge's results are refused while the data gives other results than the
     * last merge decided: the secretary merges again first.
     */
    public Printed print(Actor actor, long sessionId, SheetRequest request) {
        StoredSheets stored = load(sessionId, request);
        return new Printed(stored, request, new SheetMaker(reports, store, actor).make(stored, request));
    }

    /**
     * The sheets asked for, saved in one file; their codes recorded once the file is whole on the
     * disk and before it takes its name, so that a write that fails (a full disk) or a process
     * killed while writing records nothing (round 27: 37 sheets recorded as printed, 75 history
     * entries, for a file never written), and a file under the name always has its codes recorded.
     */
    public Printed print(Actor actor, long sessionId, SheetRequest request, Path file, Format format) {
        checkFormat(request, format);
        ResultFile.check(file);
        StoredSheets stored = load(sessionId, request);
        SheetMaker maker = new SheetMaker(reports, store, actor);
        List<FilledSheet> sheets = maker.fill(stored, request);
        DocumentInfo info = stored.documentInfo(sheets);
        Printout[] recorded = new Printout[1];
        ResultFile.write(file, out -> export(stored, sheets, info, format, out),
                () -> recorded[0] = maker.record(stored, sheets));
        return new Printed(stored, request, recorded[0]);
    }

    private StoredSheets load(long sessionId, SheetRequest request) {
        if (CARRY_RESULTS.contains(request.kind())) {
            ResultsStanding.Standing standing = new ResultsStanding(store).of(sessionId);
            if (standing.outOfDate()) {
                throw new ValidationException(AppText.of("sheets.resultsOutOfDate", standing.words(), String.valueOf(sessionId)));
            }
        }
        StoredSheets stored = store.read(s -> {
            DataMatchesHistory.require(s, "action.printSheets");
            return StoredSheets.load(s, sessionId, LocalDate.now(store.clock()));
        });
        if (request.kind() == SheetRequest.Kind.RESULTS && stored.stored().sheets().stream()
                .noneMatch(sheet -> sheet.status() == SheetStatus.SIGNED)) { // a list of empty rows, totals 0, and a code
            throw new ValidationException(AppText.of("sheets.noResultsYet", stored.stored().session().details().name()));
        }
        return stored;
    }

    /** Refuses a format the sheets cannot be saved as (a workbook holds the results only), before any is made. */
    private static void checkFormat(SheetRequest request, Format format) {
        if (format == Format.XLSX && request.kind() != SheetRequest.Kind.RESULTS) {
            throw new ValidationException(AppText.of("sheets.xlsxResultsOnly"));
        }
    }

    private void export(StoredSheets stored, List<FilledSheet> sheets, DocumentInfo info, Format format,
            OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> reports.exportWorkbook(stored.pack(), sheets.get(0), info, out);
            case PDF_A -> reports.exportPdfA(sheets, info, out);
            case PDF -> reports.exportPdf(sheets, info, out);
        }
    }

    /** Sheets saved one to a file, and the files, in print order. */
    public record SavedEach(Printed printed, List<Path> files) {
    }

    /**
     * Each sheet in a PDF of its own in the folder, numbered in print order, each sheet's code
     * recorded once its file is whole and before it takes its name. A write that fails stops there,
     * saying how many files were written before it (round 28: the message named the failed file
     * only, while every code had been recorded before any file was written).
     */
    public SavedEach printEach(Actor actor, long sessionId, SheetRequest request, Path folder, boolean pdfA) {
        StoredSheets stored = load(sessionId, request);
        SheetMaker maker = new SheetMaker(reports, store, actor);
        List<FilledSheet> sheets = maker.fill(stored, request);
        Iterator<FilledSheet> next = sheets.iterator();
        List<Printout> recorded = new ArrayList<>();
        try {
            List<Path> files = reports.exportEachPdf(sheets, folder, pdfA, stored.author(), (file, content) -> {
                FilledSheet sheet = next.next();
                ResultFile.write(file, content::writeTo, () -> recorded.add(maker.record(stored, List.of(sheet))));
            });
            return new SavedEach(new Printed(stored, request, new Printout(sheets,
                    recorded.stream().mapToInt(Printout::newlyRecorded).sum(),
                    recorded.stream().flatMap(p -> p.notRecorded().stream()).findFirst())), files);
        } catch (ValidationException e) {
            if (recorded.isEmpty()) {
                throw e;
            }
            throw new ValidationException(AppText.of("sheets.eachPartly", e.text(), recorded.size(), sheets.size()));
        }
    }

    /** The service the sheets are filled with, for a preview of them. */
    public ReportService reports() {
        return reports;
    }
}
