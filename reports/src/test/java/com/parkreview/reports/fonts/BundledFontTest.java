package com.parkreview.reports.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BundledFontTest {

    @Test
    void streamIsTheWenQuanYiMicroHeiTrueTypeFaceWithChineseGlyphs() throws Exception {
        try (InputStream in = BundledFont.open()) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            assertEquals(BundledFont.FAMILY, font.getFamily(java.util.Locale.ROOT));
            assertTrue(font.canDisplayUpTo("专家组评分汇总表拟支持名单回避") < 0, "every character has a glyph");
        }
    }

    @Test
    void fontExtensionNamesTheBundledFile() throws Exception {
        try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/parkreview-fonts.xml")) {
            String fonts = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(fonts.contains("<fontFamily name=\"" + BundledFont.FAMILY + "\">"));
            assertTrue(fonts.contains("<normal>" + BundledFont.FILE + "</normal>"), "the PDF export sets up this file");
            assertTrue(fonts.contains("<pdfEmbedded>true</pdfEmbedded>"));
        }
    }

    @Test
    void licenceBesideTheFontIsApacheTwo() {
        String licence = BundledFont.licenceText();
        assertTrue(licence.contains("WenQuanYi Micro Hei"));
        assertTrue(licence.contains("Apache License"));
        assertFalse(licence.isBlank());
    }
}
