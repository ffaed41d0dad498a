package com.parkreview.reports.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;

/**
 * Pages of a filled sheet as images, for the in-app preview: drawn by Jasper's Graphics2D
 * exporter with the same bundled font as the PDF. Zoom 1 is 72 dots per inch (A4 portrait:
 * 595 × 842 pixels).
 */
public final class PageImages {

    private PageImages() {
    }

    public static BufferedImage page(JasperPrint print, int pageIndex, float zoom) {
        if (pageIndex < 0 || pageIndex >= print.getPages().size()) {
            throw new IllegalArgumentException("page " + pageIndex + " of " + print.getPages().size());
        }
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be positive: " + zoom);
        }
        int width = Math.round(print.getPageWidth() * zoom);
        int height = Math.round(print.getPageHeight() * zoom);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            JRGraphics2DExporter exporter = new JRGraphics2DExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
            output.setGraphics2D(graphics);
            exporter.setExporterOutput(output);
            SimpleGraphics2DReportConfiguration configuration = new SimpleGraphics2DReportConfiguration();
            configuration.setPageIndex(pageIndex);
            configuration.setZoomRatio(zoom);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("cannot draw page " + pageIndex + ": " + e.getMessage(), e);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    public static List<BufferedImage> pages(JasperPrint print, float zoom) {
        List<BufferedImage> images = new ArrayList<>();
        for (int page = 0; page < print.getPages().size(); page++) {
            images.add(page(print, page, zoom));
        }
        return images;
    }
}
