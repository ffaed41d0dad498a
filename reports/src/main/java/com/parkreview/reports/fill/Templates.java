package com.parkreview.reports.fill;

import com.parkreview.reports.fonts.BundledFont;
import java.awt.Font;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/** The one-time work of filling: the compiled templates and the bundled font as Jasper measures text with it. */
public final class Templates {

    private Templates() {
    }

    /** Loads the compiled templates and the bundled font (AWT) now. Idempotent. */
    public static void preload() {
        Template.loadAll();
        Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles(BundledFont.FAMILY, Font.PLAIN, 10f, Locale.SIMPLIFIED_CHINESE, true);
        if (font == null) {
            throw new IllegalStateException("the font extension does not provide " + BundledFont.FAMILY);
        }
    }
}
