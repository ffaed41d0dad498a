package com.parkreview.reports.fill;

import com.parkreview.reports.verify.SheetCode;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A filled sheet, ready to export or print: its kind, a name to file it under (no extension),
 * the verification code printed on it, the canonical text that code is the hash of (for the app
 * to keep beside the code, so that a paper sheet can later be compared with the stored data), and
 * Jasper's filled document.
 */
public record FilledSheet(SheetKind kind, String name, SheetCode code, String canonicalText, JasperPrint print) {

    public FilledSheet {
        if (kind == null || name == null || name.isBlank() || code == null || canonicalText == null
                || print == null) {
            throw new IllegalArgumentException("a filled sheet needs its kind, name, code, canonical text and print");
        }
        if (!SheetCode.ofText(canonicalText).equals(code)) {
            throw new IllegalArgumentException("the code " + code + " is not that of the canonical text");
        }
    }

    public int pages() {
        return print.getPages().size();
    }
}
