package com.parkreview.reports.fill;

import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.reports.verify.SheetCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Fills a precompiled template with parameters and rows of named values. */
final class Filler {

    private Filler() {
    }

    /**
     * The filled sheet; its name is also the bookmark of the sheet in a PDF of many sheets.
     * {@code code} is the one the parameters print on it: the sheet keeps it with the content's
     * text, and refuses to be made if it is not that text's code.
     */
    static FilledSheet fill(SheetKind kind, String name, CanonicalContent content, SheetCode code,
            Template template, Map<String, Object> parameters, List<? extends Map<String, ?>> rows) {
        @SuppressWarnings("unchecked")
        Collection<Map<String, ?>> data = (Collection<Map<String, ?>>) rows;
        try {
            JasperPrint print = JasperFillManager.fillReport(template.report(), parameters, new JRMapCollectionDataSource(data));
            print.setName(name);
            return new FilledSheet(kind, name, code, content.text(), print);
        } catch (JRException e) {
            throw new IllegalStateException("cannot fill " + template.resource() + ": " + e.getMessage(), e);
        }
    }
}
