package com.parkreview.reports.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import java.util.Map;

/** Reads the QR code in the top right corner of a rendered page, as a phone would. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The QR code at the top right of a PDF's first page, the page rendered by PDFBox at 200 dpi. */
    public static String readTopRightOfPdf(byte[] pdf) {
        return readTopRightOfPdf(pdf, 200);
    }

    /** The same from the page rendered at {@code dpi}, as a coarser scan or photograph gives it. */
    public static String readTopRightOfPdf(byte[] pdf, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            return readTopRight(page, page.getWidth() / 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code in the corner {@code size} pixels wide and high at the top right. */
    public static String readTopRight(BufferedImage page, int size) {
        BufferedImage corner = page.getSubimage(page.getWidth() - size, 0, size, size);
        int[] pixels = corner.getRGB(0, 0, size, size, null, 0, size);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code at the top right of the page", e);
        }
    }
}
