package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.fixture.RenderedPacks.Rendered;
import com.parkreview.reports.fixture.RenderedPacks;
import com.parkreview.reports.pdf.PageRender;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first page of every sheet of both sessions drawn to PNG from its PDF (PDFBox, 50 dpi; kept under
 * {@code target/sheets/png} to be looked at): A4, portrait or landscape as its kind is, and inked
 * (a page that drew nothing would be white). The README's images are the samples
 * {@code SampleSheets} draws the same way into {@code docs/images}.
 */
class SheetImagesTest {

    private static final Path KEPT = Path.of("target", "sheets", "png");

    static Stream<Rendered> packs() {
        return RenderedPacks.both().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void everySheetDrawsOnA4InItsOrientation(Rendered rendered) throws IOException {
        Files.createDirectories(KEPT);
        List<BufferedImage> firstPages = PageRender.pages(rendered.pdf(),
                IntStream.range(0, rendered.sheets().size()).mapToObj(rendered::firstPage).toList(), 50);
        for (int i = 0; i < rendered.sheets().size(); i++) {
            FilledSheet sheet = rendered.sheets().get(i);
            BufferedImage first = firstPages.get(i);
            ImageIO.write(first, "png", KEPT.resolve(rendered.name() + "-" + String.format("%02d", i) + ".png").toFile());
            boolean landscape = sheet.kind() == SheetKind.PANEL_SUMMARY || sheet.kind() == SheetKind.RESULTS;
            int longSide = Math.round(842 * 50 / 72f);
            int shortSide = Math.round(595 * 50 / 72f);
            assertEquals(landscape ? longSide : shortSide, first.getWidth(), 1, sheet.name());
            assertEquals(landscape ? shortSide : longSide, first.getHeight(), 1, sheet.name());
            assertTrue(inked(first) > 0.02, sheet.name() + " draws its table and text");
        }
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    dark++;
                }
            }
        }
        return dark / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }
}
