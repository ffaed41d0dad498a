package com.parkreview.reports.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CJK font the sheets are set in, bundled so that Chinese prints and is embedded on any
 * machine: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0), registered with JasperReports as a
 * font extension ({@code jasperreports_extension.properties}). The client loads the same file
 * when the system has no CJK font of its own.
 */
public final class BundledFont {

    /** The family name the templates use and Jasper registers. */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    /** The TrueType file as the font extension names it (class path, no leading slash). */
    public static final String FILE = "fonts/WenQuanYiMicroHei.ttf";
    /** The TrueType file on the class path. */
    public static final String RESOURCE = "/" + FILE;
    /** Its licence, beside it. */
    public static final String LICENCE_RESOURCE = "/fonts/WenQuanYiMicroHei-LICENSE.txt";

    private BundledFont() {
    }

    /** A new stream of the TrueType file; the caller closes it. */
    public static InputStream open() {
        return resource(RESOURCE);
    }

    /** The licence under which the font is bundled, for an "about" dialog. */
    public static String licenceText() {
        try (InputStream in = resource(LICENCE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundledFont.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the reports jar lacks " + name);
        }
        return in;
    }
}
