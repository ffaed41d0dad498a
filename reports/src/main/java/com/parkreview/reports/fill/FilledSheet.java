package com.parkreview.reports.fill;

import com.parkreview.reports.verify.SheetCode;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A filled sheet, ready to export or print: its kind, a name to file it under (no extension),
 * the verification code printed on it, and Jasper's filled document.
 */
public record FilledSheet(SheetKind kind, String name, SheetCode code, JasperPrint print) {

    public FilledSheet {
        if (kind == null || name == null || name.isBlank() || code == null || print == null) {
            throw new IllegalArgumentException("a filled sheet needs its kind, name, code and print");
        }
    }

    public int pages() {
        return print.getPages().size();
    }
}
