package com.parkreview.reports.fill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.components.list.ListComponent;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRComponentElement;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The labels a compiled template prints on every sheet made from it: each static text and each
 * text field whose expression is a plain string ({@code "统一社会信用代码"}), leaving out what is
 * printed only under a condition (an element or band with a print-when expression) and the
 * running head, which pages after the first print.
 */
final class TemplateLabels {

    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]+)\"");

    private TemplateLabels() {
    }

    static Set<String> of(SheetKind kind) {
        return of(template(kind).report());
    }

    static Template template(SheetKind kind) {
        return switch (kind) {
            case SIGN_IN -> Template.SIGN_IN;
            case BLANK_SHEET, EXPERT_SHEET -> Template.SCORE_SHEET;
            case PANEL_SUMMARY -> Template.PANEL_SUMMARY;
            case RESULTS -> Template.RESULTS;
        };
    }

    private static Set<String> of(JasperReport report) {
        List<JRBand> bands = new ArrayList<>();
        bands.add(report.getTitle());
        bands.add(report.getColumnHeader());
        bands.add(report.getPageFooter());
        bands.add(report.getSummary());
        section(bands, report.getDetailSection());
        for (JRGroup group : report.getGroups() == null ? new JRGroup[0] : report.getGroups()) {
            section(bands, group.getGroupHeaderSection());
            section(bands, group.getGroupFooterSection());
        }
        Set<String> labels = new LinkedHashSet<>();
        for (JRBand band : bands) {
            if (band != null && band.getPrintWhenExpression() == null) {
                collect(band, labels);
            }
        }
        return labels;
    }

    private static void section(List<JRBand> bands, JRSection section) {
        if (section != null && section.getBands() != null) {
            bands.addAll(List.of(section.getBands()));
        }
    }

    private static void collect(JRElementGroup group, Set<String> labels) {
        if (group.getElements() == null) {
            return;
        }
        for (JRElement element : group.getElements()) {
            if (element.getPrintWhenExpression() != null) {
                continue;
            }
            if (element instanceof JRStaticText text && !text.getText().isBlank()) {
                labels.add(text.getText());
            } else if (element instanceof JRTextField field && field.getExpression() != null) {
                Matcher literal = LITERAL.matcher(field.getExpression().getText().strip());
                if (literal.matches()) {
                    labels.add(literal.group(1).replace("\\n", "\n"));
                }
            } else if (element instanceof JRElementGroup inner) {
                collect(inner, labels);
            } else if (element instanceof JRComponentElement component
                    && component.getComponent() instanceof ListComponent list) {
                collect(list.getContents(), labels);
            }
        }
    }
}
