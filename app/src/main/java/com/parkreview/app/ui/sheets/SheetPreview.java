package com.parkreview.app.ui.sheets;

import com.parkreview.app.files.ResultFile;
import com.parkreview.app.ui.common.DialogsFitScreen;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The sheets as they will print, page by page, with Print (the system's dialog) and Save as PDF.
 * Pages are rendered off the FX thread.
 */
public final class SheetPreview extends Dialog<Void> {

    private static final ButtonType PRINT = new ButtonType(UiText.text("preview.print"), ButtonBar.ButtonData.OTHER);
    private static final ButtonType SAVE = new ButtonType(UiText.text("preview.save"), ButtonBar.ButtonData.OTHER);

    private final ReportService reports;
    private final FileDialogs files;
    private final List<FilledSheet> sheets;
    private final DocumentInfo info;
    private final PreviewPages pages;

    /** @param info the properties of the PDF the sheets are saved to; its title is the dialog's */
    public SheetPreview(Window owner, ReportService reports, FxTasks tasks, FileDialogs files, List<FilledSheet> sheets,
            DocumentInfo info) {
        this.reports = reports;
        this.files = files;
        this.sheets = List.copyOf(sheets);
        this.info = info;
        initOwner(owner);
        setTitle(info.title());
        setResizable(true);
        pages = new PreviewPages(reports, tasks, sheets, error -> ErrorDialog.show(owner, error));
        setOnHidden(e -> pages.close());
        getDialogPane().setContent(pages.view());
        Rectangle2D room = DialogsFitScreen.room(owner);
        getDialogPane().setPrefSize(Math.min(860, room.getWidth() - 24), Math.min(900, room.getHeight() - 24));
        DialogsFitScreen.allowWide(getDialogPane());
        getDialogPane().setId("sheetPreview");
        getDialogPane().getButtonTypes().setAll(PRINT, SAVE, ButtonType.CLOSE);
        ((Button) getDialogPane().lookupButton(PRINT)).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            print();
        });
        ((Button) getDialogPane().lookupButton(SAVE)).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
        // the page list takes Esc for itself (to cancel an edit it never has): Esc closes the preview
        pages.view().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).fire();
            }
        });
    }

    /** How many pages were drawn since the preview opened. */
    int pagesDrawn() {
        return pages.drawnInAll();
    }

    private void print() {
        if (!reports.printerAvailable()) {
            InfoDialog.show(getDialogPane().getScene().getWindow(), UiText.text("print.noPrinterTitle"),
                    UiText.text("print.noPrinter"));
            return;
        }
        try {
            for (FilledSheet sheet : sheets) {
                if (!reports.print(sheet)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            ErrorDialog.show(getOwner(), e);
        }
    }

    private void save() {
        Optional<Path> file = files.save(getDialogPane().getScene().getWindow(),
                UiText.text("preview.save"), FileDialogs.Kind.of("PDF", "*.pdf"), info.title() + ".pdf",
                Optional.empty());
        if (file.isEmpty()) {
            return;
        }
        try {
            ResultFile.write(file.get(), out -> reports.exportPdf(sheets, info, out));
            InfoDialog.show(getDialogPane().getScene().getWindow(), UiText.text("preview.save"),
                    UiText.text("print.savedTo", file.get())); // a tester's round 5 pressed it again: nothing said it was written
        } catch (RuntimeException e) {
            ErrorDialog.show(getOwner(), e);
        }
    }
}
