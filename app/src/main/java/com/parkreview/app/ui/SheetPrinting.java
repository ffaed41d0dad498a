package com.parkreview.app.ui;

import com.parkreview.app.review.Actor;
import com.parkreview.app.sheets.PrintSheets;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.ui.common.Busy;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.console.ConsoleView;
import com.parkreview.app.ui.sheets.SheetPreview;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.scoring.LocalizedText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The sheets printed from the window: previewed first, then printed; the results also saved as PDF
 * or XLSX. What is printed and saved is the {@link PrintSheets} use case the {@code report} command
 * calls too; this class adds only the window's part (the preview, the file chooser, the notices).
 */
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
        String applicantCode = context.workspace().store().read(s -> s.applicants().find(applicantId))
                .orElseThrow().code();
        SheetRequest request = new SheetRequest(blank ? SheetRequest.Kind.BLANK : SheetRequest.Kind.EXPERT,
                Optional.of(applicantCode), blank ? Optional.empty() : Optional.of(expertCode));
        print(actor, sessionId, request, this::preview);
    }

    /** The secretary's sheets; every code printed is recorded, so that a paper sheet can be verified later. */
    void fromConsole(Actor actor, long sessionId, ConsoleView.PrintKind kind) {
        switch (kind) {
            case SIGN_IN -> print(actor, sessionId, all(SheetRequest.Kind.SIGN_IN), this::preview);
            case SUMMARIES -> print(actor, sessionId, all(SheetRequest.Kind.SUMMARY), this::preview);
            case RESULTS -> print(actor, sessionId, all(SheetRequest.Kind.RESULTS), this::preview);
            case PACK -> print(actor, sessionId, all(SheetRequest.Kind.PACK), this::preview);
            case RESULTS_PDF, RESULTS_XLSX -> saveResults(actor, sessionId, kind == ConsoleView.PrintKind.RESULTS_XLSX);
        }
    }

    /**
     * The sheets made and their codes recorded; when the file is read-only they are made all the
     * same, and the user is told their codes could not be recorded. They are made on the worker
     * (a pack of 30 applicants takes about a second) while the window waits; {@code then} gets
     * them on the FX thread.
     */
    private void print(Actor actor, long sessionId, SheetRequest request, Consumer<PrintSheets.Printed> then) {
        Busy.run(context.tasks(), owner, UiText.text("print.busy"), () -> printing().print(actor, sessionId, request),
                printed -> {
                    printed.printout().notRecorded().ifPresent(this::warn);
                    then.accept(printed);
                });
    }

    private void warn(LocalizedText notice) {
        Alert alert = new Alert(Alert.AlertType.WARNING, notice.in(UiText.locale()), ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    /**
     * The results saved as a file: the file chosen first, then the sheet made and written on the
     * worker, its code recorded once the file is whole and before it takes its name — a save that
     * fails records nothing (round 27 found a failed save recorded as printed).
     */
    private void saveResults(Actor actor, long sessionId, boolean xlsx) {
        String title = UiText.text(xlsx ? "console.export.resultsXlsx" : "console.export.resultsPdf");
        Optional<Path> file = context.files().save(owner, title,
                xlsx ? FileDialogs.Kind.of("Excel", "*.xlsx") : FileDialogs.Kind.of("PDF", "*.pdf"),
                SheetKind.RESULTS.title() + (xlsx ? ".xlsx" : ".pdf"), Optional.empty());
        file.ifPresent(chosen -> Busy.run(context.tasks(), owner, UiText.text("print.saving"),
                () -> printing().print(actor, sessionId, all(SheetRequest.Kind.RESULTS), chosen,
                        xlsx ? PrintSheets.Format.XLSX : PrintSheets.Format.PDF),
                printed -> {
                    printed.printout().notRecorded().ifPresent(this::warn);
                    InfoDialog.show(owner, title, UiText.text("print.savedTo", chosen)); // said (round 5)
                }));
    }

    private PrintSheets printing() {
        return new PrintSheets(context.workspace().store(), reports);
    }

    private static SheetRequest all(SheetRequest.Kind kind) {
        return new SheetRequest(kind, Optional.empty(), Optional.empty());
    }

    private void preview(PrintSheets.Printed printed) {
        List<FilledSheet> sheets = printed.sheets();
        // several kinds of sheet together (the pack) are named as such, not by the first (round 24: "专家签到表")
        boolean oneKind = sheets.stream().map(FilledSheet::name).distinct().count() == 1;
        String title = oneKind ? sheets.get(0).name() : UiText.text("preview.severalTitle", sheets.size());
        new SheetPreview(owner, reports, context.tasks(), context.files(), sheets,
                DocumentInfo.of(title, printed.stored().author(), sheets)).show();
    }
}
