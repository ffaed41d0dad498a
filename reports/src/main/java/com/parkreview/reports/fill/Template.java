package com.parkreview.reports.fill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates, {@code .jasper} files that the build makes from
 * {@code src/main/jasperreports/*.jrxml}. Each is loaded from the class path once.
 */
enum Template {
    /** The blank 评分表 and the 专家评分表: Table 1 with or without one expert's scores. */
    SCORE_SHEET("score-sheet"),
    PANEL_SUMMARY("panel-summary"),
    RESULTS("results"),
    SIGN_IN("sign-in");

    private static final String FOLDER = "/com/parkreview/reports/templates/";

    private final String file;
    /** Loaded on first use; a JasperReport is immutable and shared by every fill. */
    private JasperReport loaded;

    Template(String file) {
        this.file = file;
    }

    /** Loads every template now (each once), so that the first sheet does not wait for it. */
    static void loadAll() {
        for (Template template : values()) {
            template.report();
        }
    }

    String resource() {
        return FOLDER + file + ".jasper";
    }

    synchronized JasperReport report() {
        if (loaded == null) {
            loaded = load(this);
        }
        return loaded;
    }

    private static JasperReport load(Template template) {
        try (InputStream in = Template.class.getResourceAsStream(template.resource())) {
            if (in == null) {
                throw new IllegalStateException("compiled template missing: " + template.resource()
                        + " (the build compiles the JRXML in process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + template.resource(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
