package com.parkreview.reports.fill;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A QR code drawn as squares, for the verification code on every sheet: sharp at any size in
 * the PDF and on paper, and no bitmap to encode.
 */
final class QrRenderer extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    private static final long serialVersionUID = 1L;

    private final int modules;
    private final BitSet dark;

    private QrRenderer(int modules, BitSet dark) {
        this.modules = modules;
        this.dark = dark;
    }

    static QrRenderer of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
        int size = matrix.getWidth();
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark.set(y * size + x, matrix.get(x, y));
            }
        }
        return new QrRenderer(size, dark);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        double module = Math.min(area.getWidth(), area.getHeight()) / modules;
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(area.getX(), area.getY(), module * modules, module * modules));
        Path2D.Double squares = new Path2D.Double();
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (!dark.get(y * modules + x)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < modules && dark.get(y * modules + run)) {
                    run++;
                }
                squares.append(new Rectangle2D.Double(area.getX() + x * module, area.getY() + y * module,
                        (run - x) * module, module), false);
                x = run;
            }
        }
        // One path, filled once: no seams between the squares.
        graphics.setColor(Color.BLACK);
        graphics.fill(squares);
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new Dimension(modules, modules);
    }
}
