package com.parkreview.app.ui;

import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.review.Actor;
import com.parkreview.app.sheets.Printout;
import com.parkreview.app.sheets.SheetMaker;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.sheets.StoredSheets;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.console.ConsoleView;
import com.parkreview.app.ui.sheets.SheetPreview;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The sheets printed from the window: previewed first, then printed; the results also saved as PDF or XLSX. */
final class SheetPrinting {

    private final Window owner;
    private final ClientContext context;
    private final ReportService reports = new ReportService();

    SheetPrinting(Window owner, ClientContext context) {
        this.owner = owner;
        this.context = context;
    }

    /** An expert's sheet of an applicant, or the blank sheet of the applicant, made by the actor. */
    void fromForm(Actor actor, long sessionId, String expertCode, long applicantId, boolean blank) {
        StoredSheets stored = stored(sessionId);
        String applicantCode = stored.stored().applicants().stream().filter(a -> a.id() == applicantId).findFirst()
                .orElseThrow().code();
        SheetRequest request = new SheetRequest(blank ? SheetRequest.Kind.BLANK : SheetRequest.Kind.EXPERT,
                Optional.of(applicantCode), blank ? Optional.empty() : Optional.of(expertCode));
        preview(stored, make(actor, stored, request));
    }

    /** The secretary's sheets; every code printed is recorded, so that a paper sheet can be verified later. */
    void fromConsole(Actor actor, long sessionId, ConsoleView.PrintKind kind) {
        StoredSheets stored = stored(sessionId);
        switch (kind) {
            case SIGN_IN -> preview(stored, make(actor, stored, all(SheetRequest.Kind.SIGN_IN)));
            case SUMMARIES -> preview(stored, make(actor, stored, all(SheetRequest.Kind.SUMMARY)));
            case RESULTS -> preview(stored, make(actor, stored, all(SheetRequest.Kind.RESULTS)));
            case PACK -> preview(stored, make(actor, stored, all(SheetRequest.Kind.PACK)));
            case RESULTS_PDF, RESULTS_XLSX -> saveResults(stored, make(actor, stored, all(SheetRequest.Kind.RESULTS)),
                    kind == ConsoleView.PrintKind.RESULTS_XLSX);
        }
    }

    /**
     * The sheets filled and their codes recorded; when the file is read-only they are made all the
     * same, and the user is told their codes could not be recorded.
     */
    private List<FilledSheet> make(Actor actor, StoredSheets stored, SheetRequest request) {
        Printout printout = new SheetMaker(reports, context.workspace().database(), actor).make(stored, request);
        printout.notRecorded().ifPresent(notice -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, notice.in(java.util.Locale.getDefault()), ButtonType.OK);
            alert.initOwner(owner);
            alert.setHeaderText(null);
            alert.showAndWait();
        });
        return printout.sheets();
    }

    private void saveResults(StoredSheets stored, List<FilledSheet> results, boolean xlsx) {
        Optional<java.nio.file.Path> file = context.files().save(owner, UiText.text(xlsx
                ? "console.export.resultsXlsx" : "console.export.resultsPdf"),
                xlsx ? FileDialogs.Kind.of("Excel", "*.xlsx") : FileDialogs.Kind.of("PDF", "*.pdf"),
                results.get(0).name() + (xlsx ? ".xlsx" : ".pdf"), Optional.empty());
        if (file.isEmpty()) {
            return;
        }
        try {
            AtomicFile.write(file.get(), out -> {
                if (xlsx) {
                    reports.exportWorkbook(stored.pack(), results.get(0), stored.documentInfo(results), out);
                } else {
                    reports.exportPdf(results, stored.documentInfo(results), out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredSheets stored(long sessionId) {
        return context.workspace().database().read(s -> StoredSheets.load(s, sessionId,
                LocalDate.now(context.workspace().database().clock())));
    }

    private static SheetRequest all(SheetRequest.Kind kind) {
        return new SheetRequest(kind, Optional.empty(), Optional.empty());
    }

    private void preview(StoredSheets stored, List<FilledSheet> sheets) {
        new SheetPreview(owner, reports, context.tasks(), context.files(), sheets,
                DocumentInfo.of(sheets.get(0).name(), stored.author(), sheets)).show();
    }
}
