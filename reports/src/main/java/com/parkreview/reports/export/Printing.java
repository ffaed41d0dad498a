package com.parkreview.reports.export;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;

/** Printing through the system's print dialog. Needs a display: not testable headless. */
public final class Printing {

    private Printing() {
    }

    /** Shows the print dialog; true when the user printed, false when cancelled. */
    public static boolean withDialog(JasperPrint print) {
        try {
            return JasperPrintManager.printReport(print, true);
        } catch (JRException e) {
            throw new IllegalStateException("printing failed: " + e.getMessage(), e);
        }
    }
}
