package com.parkreview.reports.export;

import com.parkreview.scoring.text.SpreadsheetText;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The texts of a filled sheet as a workbook should hold them: one that a spreadsheet would take
 * for a formula ({@code =cmd|' /C calc'!A0}, an applicant's name as typed) gets its leading
 * apostrophe ({@link SpreadsheetText}) for the export only; the same sheet as PDF shows the name
 * as it is, and its verification code is not touched.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Neutralises the print's risky texts; running what it returns puts them back. */
    public static Runnable neutralise(JasperPrint print) {
        List<Runnable> undo = new ArrayList<>();
        for (JRPrintPage page : print.getPages()) {
            visit(page.getElements(), undo);
        }
        return () -> undo.forEach(Runnable::run);
    }

    private static void visit(List<JRPrintElement> elements, List<Runnable> undo) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                visit(frame.getElements(), undo);
            } else if (element instanceof JRPrintText text && text.getOriginalText() != null) {
                String before = text.getOriginalText();
                String safe = SpreadsheetText.cell(before);
                if (!safe.equals(before)) {
                    text.setText(safe);
                    undo.add(() -> text.setText(before));
                }
            }
        }
    }
}
