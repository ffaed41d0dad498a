package com.parkreview.reports.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.parkreview.reports.fonts.BundledFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sets up the bundled font in OpenPDF (Jasper's PDF library) before the first export: without a
 * CIDSet. OpenPDF writes a CIDSet that lists only the glyphs used, which PDF/A-2 forbids (6.2.11.4.2:
 * a CIDSet must list every glyph of the embedded program); PDF/A-2 and plain PDF do not need one.
 * Jasper asks OpenPDF for the font by the same file name, encoding and embedding, and so gets this
 * cached instance.
 */
final class PdfFontOptions {

    private PdfFontOptions() {
    }

    /** The font as OpenPDF caches it; the first call reads the font file. */
    static BaseFont prepare() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = BundledFont.open()) {
                BaseFont font = BaseFont.createFont(BundledFont.FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
                font.setIncludeCidSet(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("the bundled font is not a font OpenPDF reads", e);
            }
        }
    }
}
