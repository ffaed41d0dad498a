package com.parkreview.reports.workbook;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Text as a workbook cell holds it, never taken for a formula (spreadsheet injection): a text that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading
 * apostrophe. The figures are number cells, never text, so no figure is touched. A minimal guard
 * of this module's own until the project's shared one is in place.
 */
final class CellText {

    private CellText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }

    /** Makes the filled sheet's texts safe for an export; running what it returns puts them back. */
    static Runnable neutralise(JasperPrint print) {
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
                String safe = safe(before);
                if (!safe.equals(before)) {
                    text.setText(safe);
                    undo.add(() -> text.setText(before));
                }
            }
        }
    }
}
