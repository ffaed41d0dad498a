package com.parkreview.reports.export;

import java.io.OutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * A filled sheet as an Excel workbook laid out as it prints (Jasper's own XLSX writer, in the core
 * library): the print sheet of the results workbook, whose figures are numbers there too. No cell
 * is a formula: a text a spreadsheet would take for one is written with a leading apostrophe
 * ({@link FormulaGuard}).
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void xlsx(JasperPrint print, OutputStream out) {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(Boolean.FALSE);
        configuration.setDetectCellType(Boolean.TRUE);
        configuration.setRemoveEmptySpaceBetweenRows(Boolean.TRUE);
        configuration.setRemoveEmptySpaceBetweenColumns(Boolean.TRUE);
        configuration.setWhitePageBackground(Boolean.FALSE);
        configuration.setIgnorePageMargins(Boolean.TRUE);
        exporter.setConfiguration(configuration);
        Runnable restore = FormulaGuard.neutralise(print);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("XLSX export failed: " + e.getMessage(), e);
        } finally {
            restore.run();
        }
    }
}
